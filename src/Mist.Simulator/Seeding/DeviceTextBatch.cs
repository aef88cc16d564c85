namespace Mist.Simulator.Seeding;

/// <summary>
/// The text columns of up to <see cref="Rows"/> consecutive devices (in insertion order), written as UTF-8 by one
/// thread for the inserting thread to bind: <see cref="DeviceInserter.Flush"/> makes the text of the next rows while
/// SQLite inserts the previous ones.
/// </summary>
internal sealed class DeviceTextBatch
{
    public const int Rows = 1024;

    // Every column fits in 64 bytes (the longest, the id, has 36); a longer one throws when written.
    private const int Slot = 64;
    private static readonly int Columns = Enum.GetValues<PendingDevice.Text>().Length;

    private readonly byte[] _bytes = new byte[Rows * Columns * Slot];
    private readonly int[] _lengths = new int[Rows * Columns];
    private readonly int[] _rows = new int[Rows];

    public int Count { get; private set; }

    /// <summary>Writes the text of the devices at <paramref name="order"/>[<paramref name="start"/>..], as many as fit.</summary>
    public void Fill(ReadOnlySpan<PendingDevice> devices, ReadOnlySpan<int> order, int start, ulong salt)
    {
        Count = Math.Min(Rows, order.Length - start);
        for (var r = 0; r < Count; r++)
        {
            var row = _rows[r] = order[start + r];
            for (var c = 0; c < Columns; c++)
            {
                var slot = r * Columns + c;
                _lengths[slot] = devices[row].WriteText((PendingDevice.Text)c, salt, _bytes.AsSpan(slot * Slot, Slot));
            }
        }
    }

    /// <summary>The device (its index among the pending rows) in place <paramref name="r"/> of the batch.</summary>
    public int Row(int r) => _rows[r];

    /// <summary>The column's UTF-8 text, or <see langword="null"/> when the column is NULL.</summary>
    public bool TryText(int r, PendingDevice.Text column, out ReadOnlySpan<byte> text)
    {
        var slot = r * Columns + (int)column;
        var length = _lengths[slot];
        text = length < 0 ? default : _bytes.AsSpan(slot * Slot, length);
        return length >= 0;
    }
}
