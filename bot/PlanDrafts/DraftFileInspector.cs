using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ReformBot.PlanDrafts;

/// <summary>The two kinds of file a plan can be drafted from.</summary>
internal enum DraftFileKind
{
    Word,
    Excel,
}

/// <summary>
/// Looks at an uploaded file before any Office parser does: PDF, old binary Office and password-protected files
/// (both OLE compound files), macro-enabled documents, and zip bombs (too many entries, too many bytes once
/// uncompressed — counted while inflating, not taken from the zip's own claims) are refused with a reason.
/// </summary>
internal static class DraftFileInspector
{
    public const int MaxEntries = 2000;
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static (DraftFileKind? Kind, DraftFileProblem? Problem) Inspect(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length == 0)
        {
            return (null, new DraftFileProblem("empty", "The file is empty."));
        }

        if (span.StartsWith("%PDF"u8))
        {
            return (null, new DraftFileProblem("pdf", "PDF files cannot be drafted (a scanned, signed PDF is out of scope): send the Word (.docx) or Excel (.xlsx) file of the appendix."));
        }

        if (span.StartsWith(Ole))
        {
            var encrypted = span.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
            return (null, encrypted
                ? new DraftFileProblem("encrypted", "The file is password-protected; remove the password (File → Info → Protect) and send it again.")
                : new DraftFileProblem("old-format", "This is an old binary Office file (.doc or .xls); save it as .docx or .xlsx and send it again."));
        }

        if (!span.StartsWith("PK"u8))
        {
            return (null, new DraftFileProblem("not-office", "The file is not a Word (.docx) or Excel (.xlsx) document."));
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return (null, new DraftFileProblem("too-large", $"The file holds more than {MaxEntries} parts; it is not an ordinary appendix."));
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (total + entry.Length > MaxUncompressedBytes)
                {
                    return (null, TooBig());
                }

                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUncompressedBytes)
                    {
                        return (null, TooBig());
                    }
                }
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null)
            {
                return (null, new DraftFileProblem("not-office", "The file is a zip archive but not a Word (.docx) or Excel (.xlsx) document."));
            }

            string contentTypes;
            using (var reader = new StreamReader(types.Open()))
            {
                contentTypes = reader.ReadToEnd();
            }

            if (contentTypes.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return (null, new DraftFileProblem("macro", "Macro-enabled files (.docm, .xlsm) are not accepted; save the file as .docx or .xlsx without macros."));
            }

            if (contentTypes.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal))
            {
                return (DraftFileKind.Word, null);
            }

            if (contentTypes.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal))
            {
                return (DraftFileKind.Excel, null);
            }

            return (null, new DraftFileProblem("not-office", "The file is an Office document but neither Word (.docx) nor Excel (.xlsx)."));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            return (null, Corrupted());
        }
    }

    public static DraftFileProblem Corrupted() =>
        new("corrupted", "The file is damaged and cannot be read; open it in Word or Excel, save it again and send the new file.");

    private static DraftFileProblem TooBig() =>
        new("too-large", $"The file unpacks to more than {MaxUncompressedBytes / (1024 * 1024)} MB; it is not an ordinary appendix.");
}
