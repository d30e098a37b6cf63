namespace ReformBot.Conversation;

/// <summary>Section <c>Conversation</c>: when the bot asks before acting, and how long its questions and undo buttons stay valid.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>A change recognised with less confidence than this (0–1) is asked about ("Đúng" / "Không phải") before it is applied.</summary>
    public double ConfirmBelow { get; set; } = 0.6;

    /// <summary>How long a "Đúng" button applies the change it asked about.</summary>
    public TimeSpan ConfirmFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the "Hoàn tác" button under a change reverts it.</summary>
    public TimeSpan UndoFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The user guide the welcome card's "Xem hướng dẫn sử dụng" opens; without it the card has no such button.</summary>
    public Uri? GuideUrl { get; set; }
}
