namespace Changji.Evaluation.Catalogue;

/// <summary>How the inter-school coefficient of variation is computed (docs/standard.md §1.1). Codes <c>weighted</c>, <c>unweighted</c>.</summary>
public enum CvMethod
{
    /// <summary>Student-weighted mean and deviation: the official method and the default.</summary>
    Weighted,
    /// <summary>Plain mean and population deviation over schools, as some provincial tools compute it.</summary>
    Unweighted,
}
