namespace ReformBot.Conversation.Recognition;

/// <summary>Which periodic report a person means: báo cáo tháng / quý / 6 tháng / 9 tháng / năm.</summary>
public enum ReportKind
{
    Monthly,
    Quarterly,
    Semiannual,
    NineMonth,
    Annual,
}
