namespace ReformBot.Channels.BotFramework;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>.</summary>
internal sealed record PagedMembersResult(IReadOnlyList<ChannelAccount> Members, string? ContinuationToken);
