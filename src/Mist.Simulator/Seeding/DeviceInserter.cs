using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Mist.Simulator.State;

namespace Mist.Simulator.Seeding;

/// <summary>
/// Inserts seeded devices through one prepared statement. MACs, serials and claim codes come from bijections of
/// the device's index, so they are unique at any scale and the same for the same seed.
/// <para>
/// Rows are kept until <see cref="Flush"/> and inserted in id order (the id is the MAC behind a fixed prefix): the
/// primary key's and the MAC's unique indexes then grow at their end instead of at a random place for each of
/// 100,000 rows, which is what made the start-up seed slow. Same rows, another insertion order.
/// </para>
/// </summary>
internal sealed class DeviceInserter : IDisposable
{
    private readonly RawStatement _insert;
    private readonly ulong _salt;
    private readonly List<PendingDevice> _pending;
    private int _flushed;

    // expected: how many devices the seed adds, so the rows kept until Flush are allocated once.
    public DeviceInserter(SqliteConnection connection, int seed, int expected)
    {
        _salt = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
        _pending = new List<PendingDevice>(expected);
        _insert = new RawStatement(connection, $$"""
            INSERT INTO devices ({{DeviceRow.Columns}})
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?13, ?14, ?15, ?16, ?17, ?18, ?18, '{}')
            """);
    }

    public int Count => _pending.Count + _flushed;

    /// <summary>
    /// Draws a device from <paramref name="random"/>; returns its row for <see cref="Describe"/>. A device on a site is
    /// named <c>{type}-{siteCode}-{number:000}</c>; one without a site code is never named.
    /// </summary>
    public int Add(Random random, string? orgId, string? siteId, string? siteCode, int number, double now)
    {
        var index = (uint)Count;
        var roll = random.Next(100);
        var type = roll < 88 ? "ap" : roll < 97 ? "switch" : "gateway";
        var models = type switch { "ap" => SeedData.ApModels, "switch" => SeedData.SwitchModels, _ => SeedData.GatewayModels };
        var model = models[random.Next(models.Length)];
        var connected = siteId is not null && random.Next(10) != 0;
        var created = now - random.Next(86400, 300 * 86400) - random.Next(1000) / 1000.0;
        var lastSeen = connected ? now - random.Next(0, 60) - random.Next(1000) / 1000.0 : now - random.Next(3600, 7 * 86400);
        var bootedAt = lastSeen - random.Next(3600, 40 * 86400);
        _pending.Add(new PendingDevice(
            PendingDevice.KeyOf(type, index, _salt), index, type, model, orgId, siteId, siteCode, number, connected, bootedAt, lastSeen, created));
        return _pending.Count - 1;
    }

    /// <summary>The device added as <paramref name="row"/> (before the next <see cref="Flush"/>), as the summary shows it.</summary>
    public SeededDevice Describe(int row) => _pending[row].Describe(_salt);

    /// <summary>
    /// Inserts the rows added since the last flush, in id order. A second thread writes the rows' text (MACs, serials,
    /// names, ...) a batch ahead of this one, which binds and inserts: with two cores the text costs the insert nothing.
    /// </summary>
    public void Flush()
    {
        var order = InsertionOrder();
        using var free = new BlockingCollection<DeviceTextBatch>();
        for (var i = 0; i < 4; i++)
        {
            free.Add(new DeviceTextBatch());
        }

        using var full = new BlockingCollection<DeviceTextBatch>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            try
            {
                for (var start = 0; start < order.Length; start += DeviceTextBatch.Rows)
                {
                    var batch = free.Take(stop.Token);
                    batch.Fill(CollectionsMarshal.AsSpan(_pending), order, start, _salt);
                    full.Add(batch, stop.Token);
                }
            }
            finally
            {
                full.CompleteAdding();
            }
        });

        try
        {
            foreach (var batch in full.GetConsumingEnumerable())
            {
                Insert(batch);
                free.Add(batch);
            }
        }
        finally
        {
            // After a failed insert the text writer stops at its next batch; after a full run it has ended already.
            stop.Cancel();
            Task.WaitAny(writer);
        }

        // The text writer's own failure, if any (its batches stopped coming early).
        writer.GetAwaiter().GetResult();
        _flushed += _pending.Count;
        _pending.Clear();
    }

    // Sorting the keys alone, not the rows: one primitive sort, where comparing ids (24 equal characters first)
    // and moving whole rows took a quarter of a second at 100,000 devices.
    private int[] InsertionOrder()
    {
        var rows = CollectionsMarshal.AsSpan(_pending);
        var keys = new ulong[rows.Length];
        var order = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = rows[i].Key;
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }

    private void Insert(DeviceTextBatch batch)
    {
        var rows = CollectionsMarshal.AsSpan(_pending);
        for (var r = 0; r < batch.Count; r++)
        {
            ref readonly var row = ref rows[batch.Row(r)];
            BindText(1, batch, r, PendingDevice.Text.Id);
            BindText(2, batch, r, PendingDevice.Text.Mac);
            BindText(3, batch, r, PendingDevice.Text.Serial);
            _insert.Bind(4, row.Model);
            BindText(5, batch, r, PendingDevice.Text.Sku);
            _insert.Bind(6, row.HwRev);
            _insert.Bind(7, row.Type);
            BindText(8, batch, r, PendingDevice.Text.Magic);
            _insert.Bind(9, row.OrgId);
            _insert.Bind(10, row.SiteId);
            BindText(11, batch, r, PendingDevice.Text.Name);
            _insert.Bind(12, row.Connected ? 1L : 0L);
            BindText(13, batch, r, PendingDevice.Text.Ip);
            BindText(14, batch, r, PendingDevice.Text.ExtIp);
            _insert.Bind(15, row.Version);
            _insert.Bind(16, row.BootedAt);
            _insert.Bind(17, row.LastSeen);
            _insert.Bind(18, row.Created); // created_time and modified_time
            _insert.Execute();
        }
    }

    public void Dispose() => _insert.Dispose();

    private void BindText(int parameter, DeviceTextBatch batch, int r, PendingDevice.Text column)
    {
        if (batch.TryText(r, column, out var text))
        {
            _insert.BindUtf8(parameter, text);
        }
        else
        {
            _insert.Bind(parameter, (string?)null);
        }
    }
}
