namespace Changji.Ingestion.Header;

/// <summary>The columns of one kind of file and the Chinese name its sheet may carry.</summary>
internal sealed record KindSchema(FileKind Kind, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>学校基础数据, 学校经费数据 or 县级指标数据: also the sheet name that marks the data sheet.</summary>
    public string ChineseName => Kind.ToChinese();

    public ColumnSpec Column(string key) => Columns.First(c => c.Key == key);
}
