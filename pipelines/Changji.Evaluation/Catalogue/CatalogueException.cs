namespace Changji.Evaluation.Catalogue;

/// <summary>A profile is malformed or asks for something the catalogue does not hold. Developer-facing.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(string message) : base(message) { }
    public CatalogueException(string message, Exception inner) : base(message, inner) { }
    public CatalogueException() { }
}
