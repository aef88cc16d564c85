namespace Mist;

/// <summary>A latitude and longitude in degrees.</summary>
/// <param name="Lat">Latitude, -90 to 90.</param>
/// <param name="Lng">Longitude, -180 to 180.</param>
public sealed record LatLng(double Lat, double Lng);
