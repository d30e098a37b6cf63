// The Development chat page: Web Chat over the bot's own Direct Line (polling), a "talk as" picker and the test clock.
(function () {
  'use strict';
  const select = document.getElementById('officer');
  const who = document.getElementById('who');
  const error = document.getElementById('error');
  const host = document.getElementById('webchat-host');
  let directLine = null;

  document.getElementById('webchat-version').textContent = (window.WebChat && window.WebChat.version) || '';

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  async function problem(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || response.statusText;
    } catch (e) {
      return response.status + ' ' + response.statusText;
    }
  }

  async function loadOfficers() {
    const response = await fetch('/chat/api/officers');
    if (!response.ok) {
      showError('Không tải được danh sách cán bộ: ' + await problem(response));
      return;
    }
    const officers = await response.json();
    if (officers.length === 0) {
      showError('Chưa có kế hoạch nào được nạp (Demo:LoadSamplePlan hoặc lệnh import).');
    }
    for (const officer of officers) {
      const option = document.createElement('option');
      option.value = officer.officerId;
      option.textContent = officer.name + ' – ' + officer.unit + (officer.roles.length ? ' (' + officer.roles.join(', ') + ')' : '');
      select.appendChild(option);
    }
  }

  async function talkAs(officerId) {
    showError('');
    const response = await fetch('/chat/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officerId: officerId })
    });
    if (!response.ok) {
      showError('Không bắt đầu được cuộc trò chuyện: ' + await problem(response));
      return;
    }
    const session = await response.json();
    if (directLine) {
      directLine.end();
    }

    directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: false,
      pollingInterval: 500
    });
    // Once connected, ask for the welcome card (the Web Chat samples' "webchat/join" event).
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: 'vi-VN' } } });
      }
      return next(action);
    });

    const element = document.createElement('div');
    element.className = 'webchat';
    element.dataset.conversation = session.conversationId;
    host.replaceChildren(element);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: session.userId,
      username: session.userName,
      locale: 'vi-VN'
    }, element);
    who.textContent = 'Đang là: ' + session.userName;
    element.querySelector('[data-id="webchat-sendbox-input"], input, textarea')?.focus();
  }

  function toLocalInput(iso) {
    // "2024-12-09T09:00:00+07:00" -> "2024-12-09T09:00" (the clock speaks Vietnam time).
    return iso.substring(0, 16);
  }

  async function loadClock() {
    const response = await fetch('/api/testing/clock');
    if (!response.ok) {
      return; // The test clock is off (or needs the admin key): no control.
    }
    const clock = await response.json();
    document.getElementById('clock').hidden = false;
    document.getElementById('clock-now').textContent = clock.now.replace('T', ' ').substring(0, 16) + ' (giờ Việt Nam)';
    const input = document.getElementById('clock-to');
    if (!input.value) {
      input.value = toLocalInput(clock.now);
    }
  }

  async function moveClock() {
    const to = document.getElementById('clock-to').value;
    const result = document.getElementById('clock-result');
    if (!to) {
      result.textContent = 'Chọn ngày giờ cần chuyển tới.';
      return;
    }
    result.textContent = 'Đang chuyển…';
    const response = await fetch('/api/testing/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: to + ':00+07:00' })
    });
    if (!response.ok) {
      result.textContent = 'Không chuyển được: ' + await problem(response);
      return;
    }
    const moved = await response.json();
    result.textContent = 'Đã chuyển: lập ' + (moved.planned || 0) + ' lời nhắc, gửi ' + (moved.delivered || 0) + ', lỗi ' + (moved.failed || 0) + '.';
    await loadClock();
  }

  select.addEventListener('change', () => { if (select.value) { talkAs(select.value); } });
  document.getElementById('clock-move').addEventListener('click', moveClock);
  loadOfficers();
  loadClock();
}());
