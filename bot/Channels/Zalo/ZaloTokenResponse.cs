namespace ReformBot.Channels.Zalo;

/// <summary>The OAuth server's answer to a refresh: a new pair of tokens, or why not.</summary>
public sealed record ZaloTokenResponse(string? AccessToken, string? RefreshToken, TimeSpan ExpiresIn, string? Error)
{
    public bool IsOk => Error is null && !string.IsNullOrEmpty(AccessToken) && !string.IsNullOrEmpty(RefreshToken);
}
