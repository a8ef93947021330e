namespace Changji.Pipeline.Templates;

/// <summary>One steward template: its file name (学校基础数据.xlsx …) and the workbook's bytes.</summary>
public sealed record TemplateFile(string FileName, byte[] Content);
