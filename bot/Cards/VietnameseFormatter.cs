using System.Globalization;
using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace ReformBot.Cards;

/// <summary>
/// Vietnamese words for Humanizer. Humanizer.Core ships English resources only (Vietnamese lives in a satellite
/// package we do not take), so the phrases are written here. Vietnamese nouns have no plural: "1 ngày", "3 ngày".
/// </summary>
internal sealed class VietnameseFormatter() : DefaultFormatter("vi")
{
    public override string DateHumanize_Now() => "bây giờ";

    public override string DateHumanize_Never() => "không bao giờ";

    public override string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit)
    {
        if (unit == 0)
        {
            return DateHumanize_Now();
        }

        if (timeUnit == TimeUnit.Day && unit == 1)
        {
            return timeUnitTense == Tense.Past ? "hôm qua" : "ngày mai";
        }

        var amount = string.Create(CultureInfo.InvariantCulture, $"{unit} {Word(timeUnit)}");
        return timeUnitTense == Tense.Past ? amount + " trước" : amount + " nữa";
    }

    public override string TimeSpanHumanize_Zero() => "0 giây";

    public override string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{unit} {Word(timeUnit)}");

    public override string TimeUnitHumanize(TimeUnit timeUnit) => Word(timeUnit);

    private static string Word(TimeUnit unit) => unit switch
    {
        TimeUnit.Millisecond => "mili giây",
        TimeUnit.Second => "giây",
        TimeUnit.Minute => "phút",
        TimeUnit.Hour => "giờ",
        TimeUnit.Day => "ngày",
        TimeUnit.Week => "tuần",
        TimeUnit.Month => "tháng",
        _ => "năm",
    };
}
