namespace Changji.Ingestion.Tests.Support;

/// <summary>The committed files under Fixtures/ (how they were made: Fixtures/README.md).</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
