namespace ReformBot.Calendar;

/// <summary>An inclusive range of dates, e.g. an announced Tết break "từ 08/02/2024 đến hết 14/02/2024".</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var d = From; d <= To; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
