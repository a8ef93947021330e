namespace Changji.Ingestion.Findings;

/// <summary>
/// The stable machine codes of <see cref="Finding.Code"/>. Downstream reports and alerts group by
/// these, so they never change once published.
/// </summary>
public static class FindingCodes
{
    // File-level: the whole file is rejected.
    public const string FileTooLarge = "file_too_large";
    public const string EmptyFile = "empty_file";
    public const string UnreadableFile = "unreadable_file";
    public const string UnsupportedFormat = "unsupported_format";
    public const string EncryptedFile = "encrypted_file";
    public const string UnpackedTooLarge = "unpacked_too_large";
    public const string TooManyRows = "too_many_rows";
    public const string BadEncoding = "bad_encoding";
    public const string UnknownKind = "unknown_kind";
    public const string MissingColumn = "missing_column";
    public const string DuplicateColumn = "duplicate_column";
    public const string UnsupportedUnit = "unsupported_unit";
    public const string NoDataRows = "no_data_rows";
    public const string YearMismatch = "year_mismatch";

    // Header warning: the column is ignored.
    public const string UnknownColumn = "unknown_column";
    public const string TitleRowSkipped = "title_row_skipped";
    public const string TotalRowSkipped = "total_row_skipped";

    // Row warning: the row is kept.
    public const string LevelWithoutStudents = "level_without_students";
    public const string PercentLikeRatio = "percent_like_ratio";

    // Row-level: the row is rejected, the rest kept.
    public const string RequiredMissing = "required_missing";
    public const string NotANumber = "not_a_number";
    public const string NotAnInteger = "not_an_integer";
    public const string NegativeCount = "negative_count";
    public const string NegativeValue = "negative_value";
    public const string SubcountExceedsTotal = "subcount_exceeds_total";
    public const string InvalidSchoolCode = "invalid_school_code";
    public const string InvalidCountyCode = "invalid_county_code";
    public const string DuplicateSchoolCode = "duplicate_school_code";
    public const string UnknownSchoolType = "unknown_school_type";
    public const string UnknownUrbanRural = "unknown_urban_rural";
    public const string UnknownSponsor = "unknown_sponsor";
    public const string TypeLevelMismatch = "type_level_mismatch";
    public const string UnknownCountyCode = "unknown_county_code";
    public const string DuplicateCountyCode = "duplicate_county_code";
    public const string NotYesNo = "not_yes_no";
}
