namespace Mist.Simulator.State;

/// <summary>Filters shared by the inventory, device list, stats and search endpoints; null means "any".</summary>
internal sealed record DeviceFilter
{
    public string? OrgId { get; init; }
    public string? SiteId { get; init; }
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>True: only devices on a site; false: only devices on no site.</summary>
    public bool? Assigned { get; init; }

    public string? Mac { get; init; }
    public string? Serial { get; init; }
    public string? Model { get; init; }
    public string? Sku { get; init; }
    public string? Name { get; init; }
    public string? NameContains { get; init; }
    public string? Version { get; init; }
    public string? Ip { get; init; }
    public string? ExtIp { get; init; }
    public bool? Connected { get; init; }
    public double? ModifiedAfter { get; init; }

    /// <summary>Matches name, MAC or serial: a substring, or a pattern with <c>*</c> wildcards (case-insensitive).</summary>
    public string? Text { get; init; }

    public SqlQuery ToQuery()
    {
        var query = new SqlQuery();
        if (OrgId is not null) query.Where("org_id = @org_id", ("@org_id", OrgId));
        if (SiteId is not null) query.Where("site_id = @site_id", ("@site_id", SiteId));
        query.WhereIn("type", Types);
        if (Assigned is true) query.Where("site_id IS NOT NULL");
        if (Assigned is false) query.Where("site_id IS NULL");
        if (Mac is not null) query.Where("mac = @mac", ("@mac", Mac));
        if (Serial is not null) query.Where("serial = @serial", ("@serial", Serial));
        if (Model is not null) query.Where("model = @model COLLATE NOCASE", ("@model", Model));
        if (Sku is not null) query.Where("sku = @sku COLLATE NOCASE", ("@sku", Sku));
        if (Name is not null) query.Where("name = @name", ("@name", Name));
        if (NameContains is not null) query.Where("instr(lower(name), lower(@name_part)) > 0", ("@name_part", NameContains));
        if (Version is not null) query.Where("version = @version", ("@version", Version));
        if (Ip is not null) query.Where("ip = @ip", ("@ip", Ip));
        if (ExtIp is not null) query.Where("ext_ip = @ext_ip", ("@ext_ip", ExtIp));
        if (Connected is not null) query.Where("connected = @connected", ("@connected", Connected.Value ? 1 : 0));
        if (ModifiedAfter is not null) query.Where("modified_time > @modified_after", ("@modified_after", ModifiedAfter.Value));
        if (Text is not null)
        {
            var pattern = Text.Contains('*', StringComparison.Ordinal) ? Text.ToLowerInvariant() : $"*{Text.ToLowerInvariant()}*";
            query.Where("(lower(coalesce(name, '')) GLOB @text OR mac GLOB @text OR lower(serial) GLOB @text)", ("@text", pattern));
        }

        return query;
    }
}
