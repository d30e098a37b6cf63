namespace ReformBot.PlanDrafts;

/// <summary>
/// What a .docx or .xlsx holds for drafting: its free-standing lines (document number, title) and its tables, each a
/// grid of cells with merged cells already spread. Word tables are named "table N"; Excel sheets by their name.
/// </summary>
internal sealed record DraftDocument(IReadOnlyList<string> Lines, IReadOnlyList<DraftTable> Tables);

/// <summary>One table: rows in order, each cell with the address a warning shows ("row 7, column 3" or "E7").</summary>
internal sealed record DraftTable(string Name, IReadOnlyList<DraftRow> Rows);

/// <summary>A table row; <see cref="Number"/> counts from 1 as the coordinator sees it.</summary>
internal sealed record DraftRow(int Number, IReadOnlyList<DraftCell> Cells)
{
    public string Text(int column) => column >= 0 && column < Cells.Count ? Cells[column].Text : string.Empty;
}

/// <summary>
/// A cell's text, lines joined with '\n'. <see cref="MergedFrom"/>: the text was copied from the first cell of a
/// merged range (vertical merges carry a lead unit over several tasks); <see cref="Spanned"/>: the cell is covered by
/// a horizontal merge (a section row over the whole width).
/// </summary>
internal sealed record DraftCell(string Text, string Address, bool MergedFrom = false, bool Spanned = false);
