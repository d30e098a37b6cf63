using System.Globalization;
using Humanizer.Configuration;

namespace ReformBot.Cards;

/// <summary>
/// Registers <see cref="VietnameseFormatter"/> with Humanizer for "vi" (and so "vi-VN"). Idempotent and thread-safe:
/// Humanizer's registry is a plain dictionary, so the one write happens once, under a lock, before anyone formats
/// through <see cref="Culture"/>. Callers pass <see cref="Culture"/> explicitly, never the thread's culture.
/// </summary>
public static class VietnameseHumanizer
{
    private static readonly Lock Gate = new();
    private static bool registered;

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static void Register()
    {
        if (Volatile.Read(ref registered))
        {
            return;
        }

        lock (Gate)
        {
            if (!registered)
            {
                Configurator.Formatters.Register("vi", new VietnameseFormatter());
                Volatile.Write(ref registered, true);
            }
        }
    }
}
