namespace Changji.Storage.Azure.Tables;

/// <summary>One line of the <c>schools</c> registry: the name as of the latest year reported.</summary>
public sealed record RegisteredSchool(string SchoolCode, string SchoolName, string SchoolType, int FirstYear, int LastYear);
