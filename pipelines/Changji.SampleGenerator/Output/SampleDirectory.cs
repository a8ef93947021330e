namespace Changji.SampleGenerator.Output;

/// <summary>
/// Replaces the generated content of the samples directory: incoming/ is rebuilt from scratch so a
/// renamed file leaves nothing stale behind; README.md and .gitattributes are rewritten.
/// </summary>
public static class SampleDirectory
{
    /// <summary>Keeps git from touching line endings: the samples must stay byte-for-byte what the generator wrote.</summary>
    private const string GitAttributes = "# Written by pipelines/Changji.SampleGenerator: keep bytes as generated (CRLF, GB18030, BOM).\n* -text\n";

    public static void Write(string root, IReadOnlyList<SampleFile> files, string readme)
    {
        var incoming = Path.Combine(root, "incoming");
        if (Directory.Exists(incoming))
        {
            Directory.Delete(incoming, recursive: true);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        File.WriteAllText(Path.Combine(root, "README.md"), readme, new System.Text.UTF8Encoding(false));
        File.WriteAllText(Path.Combine(root, ".gitattributes"), GitAttributes, new System.Text.UTF8Encoding(false));
    }
}
