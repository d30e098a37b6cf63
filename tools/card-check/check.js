// Parses and renders cards with Microsoft's Adaptive Cards renderer (the "adaptivecards" package, in jsdom) using the
// layout part of Teams' host config, in a 360 px wide host. jsdom lays nothing out, so widths are not measured here:
// the tool reports what the renderer really built (rows of buttons, after opening every ShowCard) and what every
// button submits (inputs included), and the C# test holds those against the 360 px budget.
//
// Usage: node check.js <folder of *.json cards>   → prints {"<file name>": {warnings, rows, executed}} as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");

const dom = new JSDOM("<!DOCTYPE html><body></body>", { pretendToBeVisual: true });
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in global)) {
    try { global[key] = dom.window[key]; } catch { /* read-only globals of Node stay Node's */ }
  }
}
const AC = require("adaptivecards/dist/adaptivecards.js");

// Markdown is Teams' business; the text is kept as written (and the renderer stops logging that none is set up).
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);
  result.didProcess = true;
};

const hostConfig = new AC.HostConfig(JSON.parse(fs.readFileSync(path.join(__dirname, "host-config.json"), "utf8")));

/** Values a person could enter, so that required inputs do not stop a submit. */
function fill(root) {
  for (const input of root.querySelectorAll("input, textarea")) {
    if (input.value !== "" || input.type === "radio" || input.type === "checkbox") continue;
    input.value = input.type === "date" ? "2030-01-02" : input.type === "number" ? "1" : "x";
    input.dispatchEvent(new window.Event("input", { bubbles: true }));
    input.dispatchEvent(new window.Event("change", { bubbles: true }));
  }
}

const titleOf = (button) => button.title || button.getAttribute("aria-label") || "";

function check(json) {
  const warnings = [];
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) warnings.push(e.message);

  const executed = [];
  card.onExecuteAction = (action) => executed.push({
    type: action.getJsonTypeName(),
    verb: action.verb ?? null,
    title: action.title ?? null,
    url: action.url ?? null,
    data: action.data ?? null,
  });

  const host = document.createElement("div");
  host.style.width = "360px";
  document.body.replaceChildren(host);
  const element = card.render();
  if (!element) return { warnings: [...warnings, "the renderer rendered nothing"], rows: [], executed };
  host.appendChild(element);

  // Open every ShowCard once (opening one closes its siblings), and press every other button once where it shows.
  const rows = new Map();
  const pressed = new Set();
  const visit = () => {
    const buttons = [...host.querySelectorAll("button")];
    const byRow = new Map();
    for (const b of buttons) {
      const row = byRow.get(b.parentElement) ?? [];
      row.push(b);
      byRow.set(b.parentElement, row);
    }
    for (const row of byRow.values()) {
      const titles = row.map(titleOf);
      rows.set(titles.join("\u0000"), titles);
    }
    // Buttons that submit first: opening a ShowCard closes its siblings and what they showed.
    const ordered = [...buttons.filter((b) => !b.hasAttribute("aria-expanded")), ...buttons.filter((b) => b.hasAttribute("aria-expanded"))];
    for (const b of ordered) {
      // A ShowCard is known by its row's titles and its own (opening it again would loop); a submitting button by its
      // element, so that the same title on every row of a list card is pressed on every row.
      const expands = b.hasAttribute("aria-expanded");
      const key = expands ? (byRow.get(b.parentElement) ?? []).map(titleOf).join("|") + "/" + titleOf(b) : b;
      if (pressed.has(key) || !b.isConnected) continue;
      pressed.add(key);
      if (b.getAttribute("aria-expanded") === "false") {
        b.click();
        visit();
      } else if (!b.hasAttribute("aria-expanded")) {
        fill(host);
        b.click();
      }
    }
  };
  visit();
  return { warnings, rows: [...rows.values()], executed };
}

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node check.js <folder of *.json cards>");
  process.exit(2);
}
const report = {};
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
  report[file] = check(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));
}
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
