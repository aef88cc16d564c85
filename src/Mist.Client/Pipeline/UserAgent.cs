using System.Net.Http.Headers;
using System.Reflection;

namespace Mist;

internal static class UserAgent
{
    public static string SdkVersion { get; } =
        typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary><c>[app/1.0] mist-dotnet/1.2.3 (.NET 10.0.0; Linux)</c>.</summary>
    public static ProductInfoHeaderValue[] Build(string? applicationId)
    {
        var products = new List<ProductInfoHeaderValue>();
        if (!string.IsNullOrWhiteSpace(applicationId))
        {
            if (!ProductInfoHeaderValue.TryParse(applicationId.Trim(), out var app))
            {
                throw new ArgumentException($"ApplicationId '{applicationId}' is not a valid User-Agent product such as 'my-app/1.0'.", nameof(applicationId));
            }

            products.Add(app);
        }

        products.Add(new ProductInfoHeaderValue("mist-dotnet", SdkVersion));
        products.Add(new ProductInfoHeaderValue($"(.NET {Environment.Version}; {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Split(' ')[0]})"));
        return [.. products];
    }
}
