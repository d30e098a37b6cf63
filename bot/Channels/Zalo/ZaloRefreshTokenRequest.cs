namespace ReformBot.Channels.Zalo;

/// <summary>Body of <c>POST /api/admin/zalo/token</c>: a refresh token from the OA's consent flow or the API Explorer.</summary>
public sealed record ZaloRefreshTokenRequest(string? RefreshToken);
