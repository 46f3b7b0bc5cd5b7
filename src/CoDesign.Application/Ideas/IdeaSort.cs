namespace CoDesign.Application.Ideas;

/// <summary>How a list of ideas is ordered. Only these values are accepted (never a column name from input).</summary>
public enum IdeaSort
{
    /// <summary>Most recently active first (new votes, comments, responses).</summary>
    Trending,
    Top,
    Newest,
    MostDiscussed,

    /// <summary>A shuffle that is stable for one visitor's seed, so early ideas are not favoured forever.</summary>
    Random,
}
