using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ReformBot.Plans;

/// <summary>
/// One reading of a plan file, from bytes in memory or from a stream read in blocks: the root object is walked token by
/// token and each entry of the lists (and the header) is parsed on its own and handed to <see cref="PlanFileParser"/>,
/// then let go. Bytes are checked to be UTF-8 as they arrive; a file that is not UTF-8 or not JSON is one error at the
/// root, as before, whatever was found until then.
/// </summary>
internal sealed class PlanFileStream
{
    private const int BlockBytes = 64 * 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 32 };

    private readonly Stream? source;
    private readonly long maxBytes;
    private readonly bool rented;
    private byte[] buffer;
    private int start;
    private int end;
    private int validated;
    private bool final;
    private long total;
    private JsonReaderState state = new(Options);

    // Where the unread bytes start in the file, for the position of a syntax error.
    private long line;
    private long column;

    private delegate bool Step<T>(ref Utf8JsonReader reader, out T result);

    public PlanFileStream(ReadOnlyMemory<byte> utf8Json)
    {
        if (MemoryMarshal.TryGetArray(utf8Json, out var segment))
        {
            (buffer, start, end) = (segment.Array!, segment.Offset, segment.Offset + segment.Count);
        }
        else
        {
            (buffer, start, end) = (utf8Json.ToArray(), 0, utf8Json.Length);
        }

        validated = start;
        final = true;
        maxBytes = long.MaxValue;
    }

    public PlanFileStream(Stream source, long maxBytes)
    {
        this.source = source;
        this.maxBytes = maxBytes;
        buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        rented = true;
    }

    /// <summary>The file read and checked; null when a stream is longer than its limit.</summary>
    public async ValueTask<PlanFileReadResult?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadFileAsync(cancellationToken);
        }
        catch (FileTooLargeException)
        {
            return null;
        }
        catch (NotUtf8Exception)
        {
            return Failed("The file is not valid UTF-8; save it as UTF-8.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long at
                ? $" (line {line + at + 1}, position {(at == 0 ? column : 0) + (e.BytePositionInLine ?? 0) + 1})"
                : string.Empty;
            return Failed($"The file is not valid JSON{where}.");
        }
        finally
        {
            if (rented)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private async ValueTask<PlanFileReadResult> ReadFileAsync(CancellationToken cancellationToken)
    {
        if (source is null)
        {
            Validate();
        }
        else
        {
            await FillAsync(cancellationToken);
        }

        if (buffer.AsSpan(start, end - start).StartsWith("\uFEFF"u8))
        {
            start += 3;
        }

        var parser = new PlanFileParser();
        var (isObject, root) = await NextAsync(OpenOr(JsonTokenType.StartObject), cancellationToken);
        if (!isObject)
        {
            using (root)
            {
                parser.NotAnObject(root!.RootElement);
            }
        }
        else
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            while (await NextAsync<string?>(PropertyOrEnd, cancellationToken) is { } name)
            {
                if (!PlanFileParser.RootFields.Contains(name, StringComparer.Ordinal) || !present.Add(name))
                {
                    if (present.Contains(name))
                    {
                        parser.RepeatedField(name);
                    }
                    else
                    {
                        parser.UnknownField(name);
                    }

                    (await NextAsync<JsonDocument?>(Value, cancellationToken))!.Dispose();
                    continue;
                }

                var (isArray, value) = await NextAsync(name is "format" or "plan" ? Whole : OpenOr(JsonTokenType.StartArray), cancellationToken);
                if (!isArray)
                {
                    using (value)
                    {
                        parser.Field(name, value!.RootElement);
                    }

                    continue;
                }

                var index = 0;
                while (await NextAsync<JsonDocument?>(ItemOrEnd, cancellationToken) is { } item)
                {
                    using (item)
                    {
                        parser.Item(name, item.RootElement, index++);
                    }
                }

                parser.ItemCount(name, index);
            }

            parser.MissingFields(present);
        }

        await NextAsync<bool>(End, cancellationToken);
        var errors = parser.AllErrors();
        if (isObject)
        {
            PlanFileRules.Check(parser.Plan, errors, parser.Warnings);
        }

        return new PlanFileReadResult(errors.Count == 0 ? parser.Plan.ToPlanFile() : null, errors, parser.Warnings);
    }

    private static PlanFileReadResult Failed(string message) => new(null, [new PlanFileError("$", message)], []);

    /// <summary>Runs <paramref name="step"/> on the unread bytes, reading more of the stream until it has what it needs.</summary>
    private async ValueTask<T> NextAsync<T>(Step<T> step, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryStep(step, out var result))
            {
                return result;
            }

            if (final)
            {
                // A final block that a step cannot finish: the reader says why (an open object, no value at all).
                var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), true, state);
                while (reader.Read())
                {
                }

                throw new JsonException("The JSON ends too early.", null, line, column);
            }

            await FillAsync(cancellationToken);
        }
    }

    private bool TryStep<T>(Step<T> step, out T result)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        if (!step(ref reader, out result))
        {
            return false;
        }

        Consume((int)reader.BytesConsumed);
        state = reader.CurrentState;
        return true;
    }

    private void Consume(int count)
    {
        var consumed = buffer.AsSpan(start, count);
        var lines = consumed.Count((byte)'\n');
        if (lines == 0)
        {
            column += count;
        }
        else
        {
            line += lines;
            column = count - consumed.LastIndexOf((byte)'\n') - 1;
        }

        start += count;
    }

    /// <summary>Reads the next block of the stream behind the unread bytes, making room (or a larger buffer) first.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (end, validated, start) = (end - start, validated - start, 0);
        }

        if (end == buffer.Length)
        {
            // One value larger than the buffer (a long entry, or a list given as something else than an array).
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = await source!.ReadAsync(buffer.AsMemory(end), cancellationToken);
        total += read;
        if (total > maxBytes)
        {
            throw new FileTooLargeException();
        }

        end += read;
        final = read == 0;
        Validate();
    }

    /// <summary>Checks the new bytes are UTF-8, up to a character the next block completes.</summary>
    private void Validate()
    {
        var upTo = final ? end : end - IncompleteTail(buffer.AsSpan(validated, end - validated));
        if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(validated, upTo - validated)))
        {
            throw new NotUtf8Exception();
        }

        validated = upTo;
    }

    /// <summary>How many bytes at the end begin a character that is not complete yet (0 to 3).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return length > back ? back : 0;
            }
        }

        return 0;
    }

    /// <summary>The opening token of an object or array (consumed, to be read token by token), or else the whole value.</summary>
    private static Step<(bool Opened, JsonDocument? Value)> OpenOr(JsonTokenType open) =>
        (ref Utf8JsonReader reader, out (bool Opened, JsonDocument? Value) result) =>
        {
            result = default;
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == open)
            {
                result = (true, null);
                return true;
            }

            if (!JsonDocument.TryParseValue(ref reader, out var value))
            {
                return false;
            }

            result = (false, value);
            return true;
        };

    /// <summary>The next value whole.</summary>
    private static bool Whole(ref Utf8JsonReader reader, out (bool Opened, JsonDocument? Value) result)
    {
        result = default;
        if (!Value(ref reader, out var value))
        {
            return false;
        }

        result = (false, value);
        return true;
    }

    private static bool Value(ref Utf8JsonReader reader, out JsonDocument? result)
    {
        result = null;
        return reader.Read() && JsonDocument.TryParseValue(ref reader, out result);
    }

    private static bool PropertyOrEnd(ref Utf8JsonReader reader, out string? name)
    {
        name = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            name = reader.GetString();
        }

        return true;
    }

    private static bool ItemOrEnd(ref Utf8JsonReader reader, out JsonDocument? item)
    {
        item = null;
        if (!reader.Read())
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.EndArray || JsonDocument.TryParseValue(ref reader, out item);
    }

    /// <summary>Nothing but white space after the root object.</summary>
    private static bool End(ref Utf8JsonReader reader, out bool ended)
    {
        ended = !reader.Read();
        if (!ended)
        {
            throw new JsonException("More than one JSON value.");
        }

        return reader.IsFinalBlock;
    }

    private sealed class FileTooLargeException : Exception;

    private sealed class NotUtf8Exception : Exception;
}
