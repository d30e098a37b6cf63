using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReformBot.WebChat;

/// <summary>A Direct Line conversation as Web Chat reads it.</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The id given to a posted activity (Direct Line and the Bot Connector answer the same).</summary>
internal sealed record DirectLineResourceResponse(string Id);

/// <summary>The activities after a watermark and the watermark to ask with next.</summary>
internal sealed record DirectLineActivitySet(IReadOnlyList<JsonObject> Activities, string Watermark);

/// <summary>What the chat page asks for: whom to talk as.</summary>
internal sealed record ChatSessionRequest(string? OfficerId);

/// <summary>The Direct Line token of a new conversation, for the user linked to the chosen officer.</summary>
internal sealed record ChatSessionResponse(string Token, string ConversationId, string UserId, string UserName);

/// <summary>An officer the chat page offers in its "talk as" picker.</summary>
internal sealed record ChatOfficer(string OfficerId, string Name, string Unit, IReadOnlyList<string> Roles, IReadOnlyList<string> Plans);

/// <summary>A file uploaded in a chat page conversation.</summary>
internal sealed record DirectLineFile(string Name, string ContentType, byte[] Content);
