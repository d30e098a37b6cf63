using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReformBot.PlanDrafts;

/// <summary>From uploaded bytes to the document's lines and tables, or the reason it cannot be read.</summary>
internal static class DraftReader
{
    public static (DraftDocument? Document, DraftFileProblem? Problem) Read(ReadOnlyMemory<byte> bytes)
    {
        var (kind, problem) = DraftFileInspector.Inspect(bytes);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            return (kind == DraftFileKind.Word ? DocxTableReader.Read(stream) : XlsxTableReader.Read(stream), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or FormatException)
        {
            return (null, DraftFileInspector.Corrupted());
        }
    }
}
