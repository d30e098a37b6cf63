namespace ReformBot.Plans;

/// <summary>
/// The meaning half of plan file validation: what the schema cannot say. References must resolve, keys must be unique,
/// the unit tree must be a tree, scores must add up and every task must reach someone who answers for it.
/// </summary>
internal static class PlanFileRules
{
    public static void Check(ParsedPlan plan, List<PlanFileError> errors, List<PlanFileError> warnings)
    {
        var units = plan.UnitCodes;
        if (plan.Header is { } header)
        {
            RequireUnit(units, header.Issuer, "$.plan.issuer", errors);
            RequireUnit(units, header.Coordinator, "$.plan.coordinator", errors);
        }

        CheckUnitTree(plan, errors);
        CheckOfficers(plan, errors);
        CheckTasks(plan, errors, warnings);
        CheckReports(plan, errors);
        if (plan.Header is { } h && units.Contains(h.Coordinator)
            && !plan.Officers.Any(o => o.Entry.Unit == h.Coordinator && o.Entry.Roles.Contains(OfficerRole.Coordinator)))
        {
            warnings.Add(new PlanFileError("$.plan.coordinator", $"No officer of \"{h.Coordinator}\" has the coordinator role; nobody can broadcast for this plan in chat."));
        }
    }

    private static void CheckUnitTree(ParsedPlan plan, List<PlanFileError> errors)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (index, unit) in plan.Units)
        {
            parents.TryAdd(unit.Code, unit.Parent);
            if (unit.Parent is null)
            {
                continue;
            }

            if (unit.Parent == unit.Code)
            {
                errors.Add(new PlanFileError($"$.units[{index}].parent", $"Unit \"{unit.Code}\" cannot be its own parent."));
            }
            else
            {
                RequireUnit(plan.UnitCodes, unit.Parent, $"$.units[{index}].parent", errors);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, unit) in plan.Units)
        {
            var chain = new List<string> { unit.Code };
            var current = unit.Parent;
            while (current is not null && current != unit.Code && !chain.Contains(current) && parents.TryGetValue(current, out var next))
            {
                chain.Add(current);
                current = next;
            }

            if (current == unit.Code && chain.Count > 1 && chain.TrueForAll(reported.Add))
            {
                errors.Add(new PlanFileError($"$.units[{index}].parent", $"Unit parents form a cycle: {string.Join(" → ", chain)} → {unit.Code}."));
            }
        }
    }

    private static void CheckOfficers(ParsedPlan plan, List<PlanFileError> errors)
    {
        var accounts = new Dictionary<(string, string), string>();
        foreach (var (index, officer) in plan.Officers)
        {
            RequireUnit(plan.UnitCodes, officer.Unit, $"$.officers[{index}].unit", errors);
            for (var a = 0; a < officer.Accounts.Count; a++)
            {
                var account = officer.Accounts[a];
                if (!accounts.TryAdd((account.Channel, account.Id), officer.Id))
                {
                    errors.Add(new PlanFileError(
                        $"$.officers[{index}].accounts[{a}]",
                        $"The {account.Channel} account \"{account.Id}\" is already given to officer \"{accounts[(account.Channel, account.Id)]}\"."));
                }
            }
        }
    }

    private static void CheckTasks(ParsedPlan plan, List<PlanFileError> errors, List<PlanFileError> warnings)
    {
        var tree = UnitTree.Of(plan.Units.Select(u => u.Entry));
        var officers = plan.Officers.Select(o => o.Entry).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var unitsWithHead = plan.Officers.Where(o => o.Entry.Roles.Contains(OfficerRole.UnitHead)).Select(o => o.Entry.Unit).ToHashSet(StringComparer.Ordinal);
        var refs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            var (index, task) = plan.Tasks[i];
            var path = $"$.tasks[{index}]";
            if (!refs.Add(task.Ref))
            {
                errors.Add(new PlanFileError($"{path}.ref", $"Task ref \"{task.Ref}\" appears more than once."));
            }

            RequireUnits(plan.UnitCodes, task.Lead, $"{path}.lead", errors);
            RequireUnits(plan.UnitCodes, task.Coordinating, $"{path}.coordinating", errors);
            foreach (var both in task.Coordinating.Where(task.Lead.Contains))
            {
                warnings.Add(new PlanFileError($"{path}.coordinating", $"Unit \"{both}\" is both lead and coordinating."));
            }

            if (task.Score is { } score && score.Current > score.Max)
            {
                errors.Add(new PlanFileError($"{path}.score.current", $"The current score {score.Current} is more than the maximum {score.Max}."));
            }

            CheckAssignees(task, path, tree, officers, unitsWithHead, plan.OfficerIds, errors, warnings);

            if (task.Deadline is { Kind: DeadlineKind.Year, Year: null } && plan.Header is { } header)
            {
                // A year deadline without a year means the plan's year; stating it keeps exports self-explanatory.
                plan.Tasks[i] = (index, task with { Deadline = task.Deadline with { Year = header.Year } });
            }
        }
    }

    private static void CheckAssignees(
        TaskEntry task,
        string path,
        UnitTree tree,
        Dictionary<string, OfficerEntry> officers,
        HashSet<string> unitsWithHead,
        HashSet<string> officerIds,
        List<PlanFileError> errors,
        List<PlanFileError> warnings)
    {
        if (task.Assignees is null)
        {
            if (!task.Lead.Any(unitsWithHead.Contains))
            {
                warnings.Add(new PlanFileError($"{path}.lead", "The task names no assignees and its lead units have no unit head: nobody will be reminded."));
            }

            return;
        }

        if (task.Assignees.Count == 0)
        {
            warnings.Add(new PlanFileError($"{path}.assignees", "The assignee list is empty: nobody will be reminded. Leave it out to assign the heads of the lead units."));
        }

        var responsible = task.Lead.Concat(task.Coordinating).ToList();
        for (var a = 0; a < task.Assignees.Count; a++)
        {
            var id = task.Assignees[a];
            if (task.Assignees.Take(a).Contains(id, StringComparer.Ordinal))
            {
                errors.Add(new PlanFileError($"{path}.assignees[{a}]", $"Officer \"{id}\" is assigned more than once."));
            }
            else if (!officerIds.Contains(id))
            {
                errors.Add(new PlanFileError($"{path}.assignees[{a}]", $"Unknown officer \"{id}\"."));
            }
            else if (officers.TryGetValue(id, out var officer) && !responsible.Exists(unit => tree.IsWithin(officer.Unit, unit)))
            {
                errors.Add(new PlanFileError(
                    $"{path}.assignees[{a}]",
                    $"Officer \"{id}\" belongs to \"{officer.Unit}\", outside the task's lead and coordinating units ({string.Join(", ", responsible)})."));
            }
        }
    }

    private static void CheckReports(ParsedPlan plan, List<PlanFileError> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, report) in plan.Reports)
        {
            var path = $"$.reports[{index}]";
            if (!codes.Add(report.Code))
            {
                errors.Add(new PlanFileError($"{path}.code", $"Report code \"{report.Code}\" appears more than once."));
            }

            RequireUnits(plan.UnitCodes, report.Submitters, $"{path}.submitters", errors);
            RequireUnit(plan.UnitCodes, report.Recipient, $"{path}.recipient", errors);
            if (report.DueMonths is not null && report.Cadence != ReportCadence.Quarterly)
            {
                errors.Add(new PlanFileError($"{path}.dueMonths", "dueMonths applies to quarterly reports only."));
            }

            if (report.Cadence == ReportCadence.Yearly && report.DueMonth is null)
            {
                errors.Add(new PlanFileError($"{path}.dueMonth", "A yearly report needs dueMonth."));
            }
            else if (report.Cadence != ReportCadence.Yearly && report.DueMonth is not null)
            {
                errors.Add(new PlanFileError($"{path}.dueMonth", "dueMonth applies to yearly reports only."));
            }

            if (report.Cadence == ReportCadence.Yearly && report.Window == ReportWindow.FifteenToFourteen)
            {
                errors.Add(new PlanFileError($"{path}.window", "The 15-to-14 window spans one month or one quarter; it does not apply to yearly reports."));
            }
        }
    }

    private static void RequireUnits(HashSet<string> known, IReadOnlyList<string> codes, string path, List<PlanFileError> errors)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            RequireUnit(known, codes[i], $"{path}[{i}]", errors);
        }
    }

    private static void RequireUnit(HashSet<string> known, string code, string path, List<PlanFileError> errors)
    {
        if (!known.Contains(code))
        {
            errors.Add(new PlanFileError(path, $"Unknown unit \"{code}\"; it is not in units."));
        }
    }
}
