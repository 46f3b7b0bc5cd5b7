using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using static CoDesign.Domain.Tests.Workshops.WorkshopBuilder;

namespace CoDesign.Domain.Tests.Workshops;

/// <summary>What a workshop is: its texts, place, link, time, capacity, languages and registration window, and which changes move it.</summary>
public sealed class WorkshopTests
{
    [Fact]
    public void New_KeepsTrimmedTexts_StartsAtSequenceZero_AndHasNoSeatsTaken()
    {
        var workshop = new Workshop(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new WorkshopText("  Iltakirjaston työpaja ", "Kvällsbibliotekets verkstad", "Evening library workshop", " Kuvaus. ", "Beskrivning.", "Description."),
            new WorkshopPlace(WorkshopFormat.InPerson, " Pääkirjasto ", " Kirjastonkatu 1 ", "   ", "https://ignored.example.fi"), Access(), Start, End, 20, null, null, Created);

        workshop.TitleFi.ShouldBe("Iltakirjaston työpaja");
        workshop.DescriptionFi.ShouldBe("Kuvaus.");
        workshop.Venue.ShouldBe("Pääkirjasto");
        workshop.Address.ShouldBe("Kirjastonkatu 1");
        workshop.Room.ShouldBeNull("a blank room is no room");
        workshop.OnlineUrl.ShouldBeNull("an in-person workshop has no link, whatever was posted");
        workshop.Sequence.ShouldBe(0);
        workshop.ConfirmedCount.ShouldBe(0);
        workshop.IsCancelled.ShouldBeFalse();
        workshop.AttendanceCount.ShouldBeNull();
        workshop.MinutesPublishedAt.ShouldBeNull();
        (workshop.HasPlace, workshop.HasLink).ShouldBe((true, false));
    }

    [Theory]
    [InlineData("TitleFi", 4, false)]
    [InlineData("TitleFi", 5, true)]
    [InlineData("TitleFi", 150, true)]
    [InlineData("TitleFi", 151, false)]
    [InlineData("TitleSv", 4, false)]
    [InlineData("TitleSv", 151, false)]
    [InlineData("TitleEn", 4, false)]
    [InlineData("TitleEn", 150, true)]
    [InlineData("TitleEn", 151, false)]
    [InlineData("DescriptionFi", 0, false)]
    [InlineData("DescriptionFi", 1, true)]
    [InlineData("DescriptionSv", 4000, true)]
    [InlineData("DescriptionSv", 4001, false)]
    [InlineData("DescriptionEn", 0, false)]
    [InlineData("DescriptionEn", 4001, false)]
    public void Update_TextLengths_AreCheckedPerLanguage_AtTheirLimits(string field, int length, bool accepted)
    {
        var workshop = New();
        var value = new string('ä', length);
        var good = Text();
        var text = field switch
        {
            "TitleFi" => good with { TitleFi = value },
            "TitleSv" => good with { TitleSv = value },
            "TitleEn" => good with { TitleEn = value },
            "DescriptionFi" => good with { DescriptionFi = value },
            "DescriptionSv" => good with { DescriptionSv = value },
            _ => good with { DescriptionEn = value },
        };

        if (accepted)
        {
            Update(workshop, text: text);
            typeof(Workshop).GetProperty(field)!.GetValue(workshop).ShouldBe(value);
        }
        else
        {
            var error = Should.Throw<BusinessException>(() => Update(workshop, text: text));
            error.Code.ShouldBe(ErrorCodes.Validation);
            error.Field.ShouldBe(field);
            typeof(Workshop).GetProperty(field)!.GetValue(workshop).ShouldNotBe(value);
        }
    }

    [Fact]
    public void Update_ATitleOfSpaces_CountsOnlyWhatIsLeftAfterTrimming()
    {
        var workshop = New();
        var error = Should.Throw<BusinessException>(() => Update(workshop, text: Text(titleFi: "   abcd    ")));
        error.Field.ShouldBe("TitleFi");
        error.Details["min"].ShouldBe("5");
        error.Details["max"].ShouldBe("150");
        Should.Throw<BusinessException>(() => Update(workshop, text: Text(descriptionSv: " \n\t "))).Field.ShouldBe("DescriptionSv");
    }

    [Fact]
    public void Update_ARefusedChange_LeavesEveryFieldAsItWas()
    {
        var workshop = New(capacity: 5);
        var before = (workshop.TitleFi, workshop.Venue, workshop.StartsAt, workshop.Capacity, workshop.Languages, workshop.Sequence);

        // A good title and a later time together with a bad capacity: nothing of it is kept.
        Should.Throw<BusinessException>(() => Update(workshop, text: Text(titleFi: "Uusi otsikko työpajalle"), start: Start.AddDays(1), end: End.AddDays(1), capacity: 0));

        (workshop.TitleFi, workshop.Venue, workshop.StartsAt, workshop.Capacity, workshop.Languages, workshop.Sequence).ShouldBe(before);
    }

    [Fact]
    public void Update_AnUndefinedFormat_IsRefused()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => Update(workshop, place: new WorkshopPlace((WorkshopFormat)7, "Pääkirjasto", "Kirjastonkatu 1", null, null)))
            .Field.ShouldBe("Format");
        workshop.Format.ShouldBe(WorkshopFormat.InPerson);
    }

    [Theory]
    [InlineData(null, "Kirjastonkatu 1", "Venue")]
    [InlineData("P", "Kirjastonkatu 1", "Venue")]
    [InlineData("Pääkirjasto", "", "Address")]
    [InlineData("Pääkirjasto", "  K ", "Address")]
    public void InPerson_NeedsAVenueAndAnAddress_OfTwoCharactersOrMore(string? venue, string? address, string field)
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => Update(workshop, place: InPerson(venue, address))).Field.ShouldBe(field);
    }

    [Fact]
    public void PlaceTexts_AreAtMost200Characters()
    {
        var workshop = New();
        var limit = new string('x', Workshop.MaxPlaceLength);
        Update(workshop, place: InPerson(limit, limit, limit));
        (workshop.Venue, workshop.Address, workshop.Room).ShouldBe((limit, limit, limit));

        Should.Throw<BusinessException>(() => Update(workshop, place: InPerson(limit + "x", "Kirjastonkatu 1"))).Field.ShouldBe("Venue");
        Should.Throw<BusinessException>(() => Update(workshop, place: InPerson("Pääkirjasto", limit + "x"))).Field.ShouldBe("Address");
        Should.Throw<BusinessException>(() => Update(workshop, place: InPerson("Pääkirjasto", "Kirjastonkatu 1", limit + "x"))).Field.ShouldBe("Room");
    }

    [Fact]
    public void Online_HasOnlyALink_AndForgetsAPlaceThatWasPosted()
    {
        var workshop = New();
        Update(workshop, place: new WorkshopPlace(WorkshopFormat.Online, "Pääkirjasto", "Kirjastonkatu 1", "Sali 2", " https://meet.example.fi/ilta "));

        workshop.Format.ShouldBe(WorkshopFormat.Online);
        (workshop.Venue, workshop.Address, workshop.Room).ShouldBe((null, null, null));
        workshop.OnlineUrl.ShouldBe("https://meet.example.fi/ilta");
        (workshop.HasPlace, workshop.HasLink).ShouldBe((false, true));
    }

    [Fact]
    public void Hybrid_NeedsBothAPlaceAndALink()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => Update(workshop, place: new WorkshopPlace(WorkshopFormat.Hybrid, "Pääkirjasto", "Kirjastonkatu 1", null, null))).Field.ShouldBe("OnlineUrl");
        Should.Throw<BusinessException>(() => Update(workshop, place: new WorkshopPlace(WorkshopFormat.Hybrid, null, null, null, "https://meet.example.fi/x"))).Field.ShouldBe("Venue");

        Update(workshop, place: new WorkshopPlace(WorkshopFormat.Hybrid, "Pääkirjasto", "Kirjastonkatu 1", null, "https://meet.example.fi/x"));
        (workshop.HasPlace, workshop.HasLink).ShouldBe((true, true));
        (workshop.Venue, workshop.OnlineUrl).ShouldBe(("Pääkirjasto", "https://meet.example.fi/x"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://meet.example.fi/ilta")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example.fi/ilta")]
    [InlineData("/meeting")]
    [InlineData("https://")]
    [InlineData("ftp://meet.example.fi/ilta")]
    public void TheMeetingLink_IsAnAbsoluteHttpsAddress(string url)
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => Update(workshop, place: Online(url))).Field.ShouldBe("OnlineUrl");
        workshop.Format.ShouldBe(WorkshopFormat.InPerson);
    }

    [Fact]
    public void TheMeetingLink_IsAtMost500Characters()
    {
        var workshop = New();
        var prefix = "https://meet.example.fi/";
        var limit = prefix + new string('a', Workshop.MaxUrlLength - prefix.Length);
        Update(workshop, place: Online(limit));
        workshop.OnlineUrl.ShouldBe(limit);
        Should.Throw<BusinessException>(() => Update(workshop, place: Online(limit + "a"))).Field.ShouldBe("OnlineUrl");
    }

    [Fact]
    public void Times_EndAfterTheStart_AndLastAtMostADay()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => Update(workshop, end: Start)).Field.ShouldBe("EndsAt");
        Should.Throw<BusinessException>(() => Update(workshop, end: Start.AddMinutes(-1))).Field.ShouldBe("EndsAt");
        Should.Throw<BusinessException>(() => Update(workshop, end: Start.AddHours(24).AddMinutes(1))).Field.ShouldBe("EndsAt");

        Update(workshop, end: Start.AddHours(24));
        workshop.EndsAt.ShouldBe(Start.AddHours(24));
    }

    [Fact]
    public void Times_AreInstants_SoAnEveningAcrossTheAutumnClockChangeIsMeasuredInRealHours()
    {
        // 24.10.2026 20:00 summer time (17:00 UTC) to 25.10.2026 19:00 winter time (17:00 UTC): the
        // clocks go back an hour in between, so 23 hours on the wall clock are 24 real hours.
        var workshop = New();
        var start = new DateTime(2026, 10, 24, 17, 0, 0, DateTimeKind.Utc);
        Update(workshop, start: start, end: start.AddHours(24));
        (workshop.EndsAt - workshop.StartsAt).ShouldBe(TimeSpan.FromHours(24));

        // One hour more on the wall clock (20:00 winter time) is 25 real hours: too long.
        Should.Throw<BusinessException>(() => Update(workshop, start: start, end: start.AddHours(25))).Field.ShouldBe("EndsAt");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public void Capacity_IsOneToTenThousand(int capacity, bool accepted)
    {
        var workshop = New();
        if (accepted)
        {
            Update(workshop, capacity: capacity);
            workshop.Capacity.ShouldBe(capacity);
        }
        else
        {
            var error = Should.Throw<BusinessException>(() => Update(workshop, capacity: capacity));
            (error.Code, error.Field, error.Details["max"]).ShouldBe((ErrorCodes.Validation, "Capacity", "10000"));
            workshop.Capacity.ShouldBe(2);
        }
    }

    [Fact]
    public void Capacity_BelowTheSeatsTaken_IsRefusedWithTheirCount_AndEqualIsFine()
    {
        var workshop = New(capacity: 3);
        var now = Start.AddDays(-1);
        workshop.Admit(now, byStaff: false);
        workshop.Admit(now, byStaff: false);

        var error = Should.Throw<BusinessException>(() => Update(workshop, capacity: 1));
        error.Code.ShouldBe(ErrorCodes.WorkshopCapacityBelowRegistered);
        error.Details["confirmed"].ShouldBe("2");

        Update(workshop, capacity: 2);
        workshop.Capacity.ShouldBe(2);
    }

    [Fact]
    public void RegistrationWindow_ClosesAfterItOpens_AndByTheStart()
    {
        var workshop = New();
        var opens = Start.AddDays(-10);
        Should.Throw<BusinessException>(() => Update(workshop, opens: opens, closes: opens)).Field.ShouldBe("RegistrationClosesAt");
        Should.Throw<BusinessException>(() => Update(workshop, opens: opens, closes: opens.AddDays(-1))).Field.ShouldBe("RegistrationClosesAt");
        Should.Throw<BusinessException>(() => Update(workshop, closes: Start.AddSeconds(1))).Field.ShouldBe("RegistrationClosesAt");

        Update(workshop, opens: opens, closes: Start);
        (workshop.RegistrationOpensAt, workshop.RegistrationClosesAt, workshop.RegistrationEndsAt).ShouldBe((opens, Start, Start));

        // Opening after the start is not refused by itself, but then registration is never open.
        Update(workshop, opens: Start.AddDays(1));
        workshop.IsRegistrationOpenAt(Start.AddDays(1)).ShouldBeFalse();
        workshop.RegistrationEndsAt.ShouldBe(Start, "no closing time: registration ends when the workshop starts");
    }

    [Fact]
    public void Languages_AreTrimmedLowercasedDeduplicated_AndKeptInTheOrderFiSvEn()
    {
        var workshop = New();
        Update(workshop, access: new WorkshopAccess([" EN", "fi", "en", "", "Sv"], false, true, false, true));

        workshop.Languages.ShouldBe("fi,sv,en");
        workshop.LanguageList.ShouldBe(["fi", "sv", "en"]);
        (workshop.StepFreeAccess, workshop.InductionLoop, workshop.SignLanguageOnRequest, workshop.ChildCare).ShouldBe((false, true, false, true));

        Update(workshop, access: Access("en"));
        workshop.LanguageList.ShouldBe(["en"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" |")]
    [InlineData("fi|de")]
    [InlineData("finnish")]
    public void Languages_NoneOrAnUnknownOne_IsRefused(string languages)
    {
        var workshop = New();
        var codes = languages.Length == 0 ? [] : languages.Split('|');
        Should.Throw<BusinessException>(() => Update(workshop, access: new WorkshopAccess(codes, false, false, false, false))).Field.ShouldBe("Languages");
        workshop.Languages.ShouldBe("fi,sv");
    }

    [Fact]
    public void Update_OfTextsCapacityOrLanguages_IsNoMove_AndKeepsTheSequence()
    {
        var workshop = New();
        Update(workshop, text: Text(titleFi: "Toinen otsikko työpajalle"), capacity: 40, access: Access("en"), opens: Start.AddDays(-3)).ShouldBeFalse();
        workshop.Sequence.ShouldBe(0);

        // The same values again are no change either.
        Update(workshop, capacity: 40).ShouldBeFalse();
        workshop.Sequence.ShouldBe(0);
    }

    [Fact]
    public void Update_OfTimeOrPlace_IsAMove_AndEveryMoveRaisesTheSequence()
    {
        var workshop = New();
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(1)).ShouldBeTrue();
        workshop.Sequence.ShouldBe(1);
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2)).ShouldBeTrue("a new end time");
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2), place: InPerson(room: "Sali 3")).ShouldBeTrue("a new room");
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2), place: InPerson(address: "Kirjastonkatu 2", room: "Sali 3")).ShouldBeTrue("a new address");
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2), place: Online()).ShouldBeTrue("a new format");
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2), place: Online("https://meet.example.fi/uusi")).ShouldBeTrue("a new link");
        workshop.Sequence.ShouldBe(6);
        Update(workshop, start: Start.AddHours(1), end: End.AddHours(2), place: Online("https://meet.example.fi/uusi")).ShouldBeFalse();
        workshop.Sequence.ShouldBe(6);
    }

    [Fact]
    public void TextsByLanguage_FallBackToFinnish()
    {
        var workshop = New();
        (workshop.Title("fi"), workshop.Title("sv"), workshop.Title("en"), workshop.Title("de")).ShouldBe(
            ("Iltakirjaston työpaja", "Kvällsbibliotekets verkstad", "Evening library workshop", "Iltakirjaston työpaja"));
        (workshop.Description("sv"), workshop.Description("en"), workshop.Description("xx")).ShouldBe(("Vi planerar tillsammans.", "We plan together.", "Suunnitellaan yhdessä."));
    }
}
