using CoDesign.Application.Tenancy;

namespace CoDesign.Application.Tests.Tenancy;

public class ExcerptTests
{
    [Fact]
    public void Of_StripsMarkdownAndCollapsesWhitespace()
    {
        Excerpt.Of("## Otsikko\n\n**Lisää** _penkkejä_ [puistoihin](x)\n- yksi\n- kaksi", 200)
            .ShouldBe("Otsikko Lisää penkkejä puistoihin(x) yksi kaksi");
    }

    [Fact]
    public void Of_ShortText_IsReturnedWhole()
    {
        Excerpt.Of("  Lyhyt teksti.  ", 180).ShouldBe("Lyhyt teksti.");
    }

    [Fact]
    public void Of_LongText_IsCutAtAWordBoundaryWithEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("sana", 100));

        var excerpt = Excerpt.Of(text, 50);

        excerpt.ShouldEndWith("…");
        excerpt.Length.ShouldBeLessThanOrEqualTo(51);
        excerpt[..^1].Split(' ').ShouldAllBe(w => w == "sana");
    }

    [Fact]
    public void Of_OneLongWord_IsCutAtTheLimit()
    {
        Excerpt.Of(new string('a', 300), 100).ShouldBe(new string('a', 100) + "…");
    }

    [Fact]
    public void Of_KeepsHyphensInsideWords()
    {
        Excerpt.Of("- Ylä-Malmi ja Itä-Pasila", 100).ShouldBe("Ylä-Malmi ja Itä-Pasila");
    }
}
