namespace Mist.Cli.Output;

/// <summary>How data is written to stdout.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns on a terminal; tab-separated values when piped.</summary>
    Table,

    /// <summary>Indented JSON: an array for lists, an object for one item.</summary>
    Json,

    /// <summary>One compact JSON value per line.</summary>
    Ndjson,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>YAML.</summary>
    Yaml,
}
