global using Changji.Evaluation.Catalogue;
global using Changji.Evaluation.Facts;
global using Changji.Evaluation.Results;
global using Changji.Evaluation.Tests.Support;
