namespace Changji.Text;

/// <summary>A lookup the catalogue cannot answer: a programming error, never something to show users.</summary>
public sealed class CatalogueTextException(string message) : Exception(message);
