"""Templated families: races, elections, leadership, awards, cup finals.
Every template returns (text, facts) where facts maps a fact key to the exact
sentence (substring of text) that states it. All names are invented."""

from common import fmt, surname

USERS = [
    "legsofjelly",
    "km_collector",
    "slowbutsteady77",
    "harbourwatcher",
    "p.dunn",
    "greyfox",
    "tidewalker",
    "minnow_mum",
    "ollie_r",
    "backmarker",
    "civic_nerd",
    "lanternfish",
    "amberjack",
    "quietreader",
    "the_real_marta",
    "rowanberry",
]


def andlist(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def ch(rng, *opts):
    return rng.choice(opts)


# ---------------------------------------------------------------- races
def r_news_m(t, e, rng, o):
    Y = e["year"]
    m, m2 = e["m"], e["m2"]
    dl = fmt(e["date"], ch(rng, "ap", "us", "uk"))
    head = ch(
        rng, f"{m[0]} wins {Y} {t['name']}", f"{surname(m[0])} powers to {t['short']} victory", f"{t['short']}: {surname(m[0])} too strong for {surname(m2[0])}"
    )
    s1 = (
        f"{t['city'].upper()}, {dl} — {m[0]} of {m[1]} {ch(rng, 'won', 'took', 'captured')} the men's "
        f"{t['event']} at the {Y} {t['name']} on {e['date']:%A}, {ch(rng, *t['tp'])} {m[2]}."
    )
    s2 = f"{m2[0]} of {m2[1]} was second in {m2[2]}."
    mid = ch(
        rng,
        f"The decisive move came {t['move']}, where {surname(m[0])} opened a gap that {surname(m2[0])} could not close.",
        f"{surname(m[0])} sat in the lead group for most of the day before striking {t['move']}.",
    )
    quote = ch(
        rng,
        f'"I felt strong from the start and I trusted my preparation," {surname(m[0])} said afterwards.',
        f'"This {t["kind"]} has always been special for me," said {surname(m[0])}, who had finished well down the field on a previous visit.',
    )
    facts = {f"m_win|{Y}": s1, f"m_time|{Y}": s1, f"m_ru|{Y}": s2, f"date|{Y}": s1}
    return f"{head}\n\n{s1} {s2} {mid}\n\n{quote}", facts


def r_women(t, e, rng, o):
    Y = e["year"]
    w, w2 = e["w"], e["w2"]
    s1 = (
        f"{w[0]} {ch(rng, 'claimed', 'won', 'secured')} the women's title at the {Y} {t['name']} {ch(rng, 'on Sunday', 'last Sunday', 'at the weekend')}, "
        f"pulling clear of {w2[0]} {t['move']} to win in {w[2]}."
    )
    s2 = f"{surname(w2[0])}, representing {w2[1]}, finished second in {w2[2]}."
    s3 = ch(
        rng,
        f"It was a first major win for the {w[1]}-born athlete, who had been a pacemaker at the same event only a few years earlier.",
        f"The {w[1]} athlete had been among the pre-race favourites and rarely looked troubled.",
        f"Conditions in {t['city']} were cool and overcast, which suited the leaders.",
    )
    facts = {f"w_win|{Y}": s1, f"w_time|{Y}": s1, f"w_ru|{Y}": s1}
    return f"{s1} {s2} {s3}", facts


def r_forum(t, e, rng, o):
    Y = e["year"]
    m, w = e["m"], e["w"]
    posted = e["date"].toordinal() + rng.choice([1, 2, 3])
    import datetime

    pd = datetime.date.fromordinal(posted)
    user = rng.choice(USERS)
    s1 = f"For the record the winners this year were {m[0]} ({m[2]}) and {w[0]} ({w[2]}), both seriously quick."
    txt = (
        f"Re: {t['short']} race day thread\nPosted {pd.isoformat()} by {user}\n\n"
        f"Finally home and able to sit down. What a day. Started way too fast as usual and paid for it over the "
        f"last stretch, but I got round. {s1} I saw the leaders come past on the out-and-back section and they "
        f"looked like they were jogging. Anyone know if the photos are up yet?"
    )
    facts = {f"m_win|{Y}": s1, f"w_win|{Y}": s1, f"m_time|{Y}": s1, f"w_time|{Y}": s1}
    return txt, facts


def r_results(t, e, rng, o):
    Y = e["year"]
    cat = o.get("cat", "w")
    a, b = (e["w"], e["w2"]) if cat == "w" else (e["m"], e["m2"])
    c = e.get(cat + "3", ("Lena Vossberg", "Austria", "—"))
    label = "Women" if cat == "w" else "Men"
    l1 = f"1. {a[0]} ({a[1]}) {a[2]}"
    l2 = f"2. {b[0]} ({b[1]}) {b[2]}"
    txt = (
        f"{t['name']} {Y} — Official results ({label})\n"
        f"Place. Name (Nation) Time\n{l1}\n{l2}\n3. {c[0]} ({c[1]}) {c[2]}\n"
        f"Results are provisional until confirmed by the race referee. Split times and age-group rankings "
        f"are available on the results portal."
    )
    facts = {f"{cat}_win|{Y}": l1, f"{cat}_time|{Y}": l1, f"{cat}_ru|{Y}": l2}
    return txt, facts


def r_preview(t, e, rng, o):
    Y = e["year"]
    prev = o.get("prev")
    dl = fmt(e["date"], ch(rng, "us", "uk", "usday"))
    if o.get("women_only"):
        import datetime

        wd = e["date"] + datetime.timedelta(days=7)
        dl = fmt(wd, ch(rng, "us", "uk", "usday"))
        s0 = f"The women's {t['name']} will start on {dl}, a week after the men's {t['event']} ends, with the first stage beginning in {t['start']}."
        facts = {f"wdate|{Y}": s0}
    else:
        s0 = f"The {Y} {t['name']} will be held on {dl}, with the start in {t['start']}."
        facts = {f"date|{Y}": s0}
    parts = [s0]
    if prev and not o.get("women_only"):
        s = f"Defending men's champion {prev['m'][0]}, who won last year in {prev['m'][2]}, is back."
        parts.append(s)
        facts[f"m_win|{prev['year']}"] = s
        facts[f"m_time|{prev['year']}"] = s
    if prev and o.get("mention_w", True):
        s = f"On the women's side, {prev['w'][0]} returns to defend her title."
        parts.append(s)
        facts[f"w_win|{prev['year']}"] = s
    if e.get("fav_m") and not o.get("women_only"):
        parts.append(f"Organisers expect a close men's {t['event']}, with {andlist(e['fav_m'])} tipped by most observers.")
    if e.get("fav_w"):
        parts.append(
            f"Among the women, {andlist(e['fav_w'])} {'is' if len(e['fav_w']) == 1 else 'are'} considered {'the one' if len(e['fav_w']) == 1 else 'the ones'} to beat."
        )
    parts.append(f"Entries closed {ch(rng, 'last month', 'in January', 'several weeks ago')} and the field is expected to be the largest yet.")
    head = ch(rng, f"PREVIEW: {t['name']} {Y}", f"What to expect at this year's {t['short']}", f"{t['short']} {Y}: the contenders")
    return head + "\n\n" + " ".join(parts), facts


def r_wiki(t, e, rng, o):
    lines = "\n".join(f"{y}: {a} (men), {b} (women)" for y, a, b in t["history"])
    s0 = f"The {t['name']} is an annual {t['kind']} held in {t['city']}. It was first staged in {t['founded']} and {t['course']}."
    txt = (
        f"{t['name']}\nFrom the community wiki\n\n{s0} The event is organised by a volunteer committee and "
        f"is run under national federation rules.\n\nSelected past winners\n{lines}\n"
        f"{t.get('gap_note', '')}"
    )
    facts = {}
    for y, a, b in t["history"]:
        facts[f"m_win|{y}"] = f"{y}: {a} (men), {b} (women)"
        facts[f"w_win|{y}"] = f"{y}: {a} (men), {b} (women)"
    facts["founded"] = s0
    return txt, facts


def r_brief(t, e, rng, o):
    Y = e["year"]
    dl = fmt(e["date"], ch(rng, "ap", "uk", "iso"))
    s1 = f"A record {e['fin']} {t['finisher_word']} completed the {Y} {t['name']}, organisers said."
    s2 = f"{e['m'][0]} and {e['w'][0]} were the fastest man and woman on the day."
    txt = (
        f"{dl} | Briefly\n\n{s1} {s2} Several roads in central {t['city']} reopened in the early afternoon, and the medical team reported no serious incidents."
    )
    facts = {f"fin|{Y}": s1, f"m_win|{Y}": s2, f"w_win|{Y}": s2, f"date|{Y}": dl}
    return txt, facts


RACE_T = dict(news_m=r_news_m, women=r_women, forum=r_forum, results=r_results, preview=r_preview, wiki=r_wiki, brief=r_brief)


# ---------------------------------------------------------------- elections
def e_news(t, e, rng, o):
    Y = e["year"]
    w, r = e["win"], e["ru"]
    dl = fmt(e["date"], ch(rng, "ap", "us", "uk"))
    head = ch(
        rng,
        f"{w[0]} elected {t['title']} of {t['place']}",
        f"{surname(w[0])} wins {t['place']} {t['title'].lower()} race",
        f"{t['place']} picks {surname(w[0])}",
    )
    s1 = f"{t['place'].upper()}, {dl} — {w[0]} of the {w[1]} was elected {t['office']} on {e['date']:%A}, receiving {w[2]} votes ({w[3]})."
    s2 = f"{r[0]} of the {r[1]} finished second with {r[2]} votes."
    s3 = f"Turnout was {e['turnout']}, according to the {t['authority']}."
    s4 = ch(rng, f"{surname(w[0])} campaigned on {t['issue']}.", f"During the campaign {surname(w[0])} focused heavily on {t['issue']}.")
    facts = {f"win|{Y}": s1, f"votes|{Y}": s1, f"pct|{Y}": s1, f"ru|{Y}": s2, f"turnout|{Y}": s3, f"date|{Y}": s1, f"ru_votes|{Y}": s2}
    return f"{head}\n\n{s1} {s2} {s3} {s4}", facts


def e_table(t, e, rng, o):
    Y = e["year"]
    rows = [e["win"], e["ru"]] + e.get("others", [])
    l1 = f"{e['win'][0]} | {e['win'][1]} | {e['win'][2]} | {e['win'][3]} | ELECTED"
    body = "\n".join([l1] + [f"{c[0]} | {c[1]} | {c[2]} | {c[3]} |" for c in rows[1:]])
    tl = f"Turnout: {e['turnout']}"
    txt = (
        f"{t['place']} {t['title'].lower()} election, {Y} — declared result\nCandidate | Party | Votes | Share |\n"
        f"{body}\n{tl}\nSource: {t['authority']}. Figures exclude rejected ballots."
    )
    facts = {f"win|{Y}": l1, f"votes|{Y}": l1, f"pct|{Y}": l1, f"turnout|{Y}": tl}
    return txt, facts


def e_preview(t, e, rng, o):
    Y = e["year"]
    prev = o.get("prev")
    dl = fmt(e["date"], ch(rng, "us", "uk"))
    s0 = f"Voters in {t['place']} go to the polls on {dl} to choose a {t['title'].lower()}."
    parts = [s0]
    facts = {f"date|{Y}": s0}
    if prev:
        s = f"The incumbent, {prev['win'][0]}, was first elected in {prev['year']} with {prev['win'][3]} of the vote."
        parts.append(s)
        facts[f"win|{prev['year']}"] = s
        facts[f"pct|{prev['year']}"] = s
    cands = e["cands"]
    parts.append(f"{['Two', 'Three', 'Four', 'Five'][len(cands) - 2]} candidates are on the ballot: {', '.join(cands[:-1])} and {cands[-1]}.")
    parts.append(ch(rng, "A poll published last week suggested the race is too close to call.", "Local commentators describe the contest as wide open."))
    head = ch(rng, f"{t['place']} election: who is standing and why it matters", f"Explainer: the {Y} {t['place']} {t['title'].lower()} race")
    return head + "\n\n" + " ".join(parts), facts


def e_blog(t, e, rng, o):
    Y = e["year"]
    w = e["win"]
    import datetime

    pd = datetime.date.fromordinal(e["date"].toordinal() + 1)
    user = rng.choice(USERS)
    s1 = f"So {w[0]} is our new {t['title'].lower()}, and honestly I did not see that coming."
    txt = (
        f"Posted by {user} on {fmt(pd, ch(rng, 'uk', 'us'))}\n\n{s1} The count went on past midnight and the "
        f"mood at the hall swung back and forth all evening. I voted the other way, for what it's worth, but I "
        f"hope the new administration gets on with {t['issue']} rather than fighting old battles. Comments are "
        f"open, be civil."
    )
    return txt, {f"win|{Y}": s1}


def e_wiki(t, e, rng, o):
    lines = "\n".join(f"{a} — {b}" for a, b in t["holders"])
    s0 = f"The {t['title']} of {t['place']} is {t['desc']}."
    txt = f"{t['title']} of {t['place']}\n\n{s0} The term of office is four years.\n\nOfficeholders\n{lines}"
    facts = {}
    for a, b in t["holders"]:
        facts[f"holder|{b}"] = f"{a} — {b}"
    return txt, facts


ELEC_T = dict(news=e_news, table=e_table, preview=e_preview, blog=e_blog, wiki=e_wiki)


# ---------------------------------------------------------------- leadership (companies, orchestras, clubs)
def o_appoint(t, rng, o):
    c, f = t["current"], t["former"]
    dl = fmt(t["announce"], ch(rng, "ap", "us", "uk"))
    sd = fmt(t["start"], ch(rng, "us", "uk"))
    head = ch(rng, f"{t['org']} names {c} {t['role']}", f"{t['org']} picks {surname(c)} to succeed {surname(f)}")
    s1 = f"{dl} — {t['org']} said on {t['announce']:%A} that {c}, currently {t['cur_prev']}, will become its {t['role']} on {sd}, succeeding {f}."
    s2 = f"{f} has held the post since {t['former_since']}."
    s3 = ch(
        rng,
        f'"{surname(c)} is the right person for the next chapter," the board chair said in a statement.',
        "The appointment follows a search that lasted several months.",
    )
    facts = {"current": s1, "start": s1, "former": s2}
    return f"{head}\n\n{s1} {s2} {s3}", facts


def o_oldquote(t, rng, o):
    f = t["former"]
    dl = fmt(t["old_date"], ch(rng, "ap", "uk", "iso"))
    s1 = f'"{t["old_quote"]}," said {f}, {t["role"]} of {t["org"]}.'
    txt = f"{dl}\n\n{t['old_news']} {s1} {t['old_tail']}"
    return txt, {"former_then": s1}


def o_profile(t, rng, o):
    s0 = f"{t['org']} is {t['desc']} headquartered in {t['hq']}."
    s1 = f"It was founded in {t['founded']} by {t['founder']}."
    s2 = f"As of {t['profile_year']}, it was led by {t['former']}."
    txt = f"{t['org']}\n\n{s0} {s1} {t['profile_extra']} {s2}"
    return txt, {"hq": s0, "founded": s1, "former_then": s2}


def o_recent(t, rng, o):
    c = t["current"]
    dl = fmt(t["recent_date"], ch(rng, "uk", "us", "iso"))
    s1 = f"{c}, who took over as {t['role']} {t['took_over']}, said {t['recent_quote']}."
    txt = f"{t['recent_head']}\n{dl}\n\n{t['recent_news']} {s1} {t['recent_tail']}"
    return txt, {"current": s1}


def o_forum(t, rng, o):
    user = rng.choice(USERS)
    txt = f"Thread: {t['forum_title']}\n{user} wrote:\n\n{t['forum_body']}"
    return txt, dict(t.get("forum_facts", {}))


ORG_T = dict(appoint=o_appoint, oldquote=o_oldquote, profile=o_profile, recent=o_recent, forum=o_forum)


# ---------------------------------------------------------------- awards
def a_winner(t, e, rng, o):
    Y = e["year"]
    w = e["win"]
    dl = fmt(e["date"], ch(rng, "ap", "us", "uk", "ukday"))
    head = ch(rng, f"'{w[0]}' wins {t['prize']}", f"{w[1]} takes {t['prize']} at {t['event']}", f"{t['event']}: {t['prize']} goes to '{w[0]}'")
    s1 = f"{dl} — {w[0]}, {t['work_by']} {w[1]}, won the {t['prize']} at the {Y} {t['event']}{t['where_phrase'](e)}."
    s2 = f"The {t['second_prize']} went to {e['second'][0]} for {e['second'][1]}."
    s3 = ch(rng, f'The jury, chaired by {e["jury"]}, described the winner as "{e["praise"]}".', f'Jury president {e["jury"]} called it "{e["praise"]}".')
    facts = {f"win|{Y}": s1, f"creator|{Y}": s1, f"second|{Y}": s2, f"jury|{Y}": s3, f"date|{Y}": s1}
    if e.get("host"):
        facts[f"host|{Y}"] = s1
    return f"{head}\n\n{s1} {s2} {s3}", facts


def a_shortlist(t, e, rng, o):
    Y = e["year"]
    items = e["shortlist"]
    s0 = f"The shortlist for the {Y} {t['prize']} has been announced."
    lst = "\n".join(f"- {a}, {t['work_by']} {b}" for a, b in items)
    tail = ch(rng, f"The winner will be announced {e['announce_when']}.", f"The {t['prize']} will be presented {e['announce_when']}.")
    txt = f"{t['event']} {Y}: the shortlist\n\n{s0} {e.get('shortlist_note', '')}\n{lst}\n{tail}"
    facts = {}
    if e.get("host"):
        pass
    return txt, facts


def a_wiki(t, e, rng, o):
    lines = "\n".join(f"{y} — {a} ({b})" for y, a, b in t["history"])
    s0 = f"The {t['prize']} is {t['desc']}."
    txt = f"{t['prize']}\n\n{s0} {t['wiki_extra']}\n\nPast recipients\n{lines}"
    facts = {f"win|{y}": f"{y} — {a} ({b})" for y, a, b in t["history"]}
    return txt, facts


def a_blog(t, e, rng, o):
    Y = e["year"]
    w = e["win"]
    user = rng.choice(USERS)
    s1 = f"I'm thrilled that {w[0]} won, even if half my friends were rooting for {e['second'][1]}."
    txt = f"{t['event']} {Y} — my notes\nby {user}\n\n{s1} {t['blog_body']}"
    return txt, {f"win|{Y}": s1}


AWARD_T = dict(winner=a_winner, shortlist=a_shortlist, wiki=a_wiki, blog=a_blog)


# ---------------------------------------------------------------- cup finals
def s_report(t, e, rng, o):
    Y = e["year"]
    dl = fmt(e["date"], ch(rng, "ap", "uk", "us"))
    head = ch(rng, f"{e['win']} lift {t['cup']}", f"{t['cup']} final: {e['win']} {e['score']} {e['lose']}", f"{e['win']} crowned {t['cup']} champions")
    s1 = f"{e['win']} won the {Y} {t['cup']} final, beating {e['lose']} {e['score']} at {e['venue']} on {dl}."
    s2 = f"A crowd of {e['att']} watched the match."
    s3 = f"{e['star']} {e['star_note']}."
    facts = {f"win|{Y}": s1, f"score|{Y}": s1, f"venue|{Y}": s1, f"date|{Y}": s1, f"att|{Y}": s2, f"lose|{Y}": s1, f"star|{Y}": s3}
    return f"{head}\n\n{s1} {s2} {s3} {t['report_tail']}", facts


def s_preview(t, e, rng, o):
    Y = e["year"]
    dl = fmt(e["date"], ch(rng, "us", "uk", "ukday"))
    s1 = f"{e['teams'][0]} and {e['teams'][1]} meet in the {Y} {t['cup']} final at {e['venue']} on {dl}."
    prev = o.get("prev")
    parts = [s1]
    facts = {f"venue|{Y}": s1, f"date|{Y}": s1}
    if prev:
        s = f"{prev['win']} are the holders after beating {prev['lose']} in last year's final."
        parts.append(s)
        facts[f"win|{prev['year']}"] = s
    parts.append(e["preview_note"])
    head = ch(rng, f"{t['cup']} final preview: {e['teams'][0]} v {e['teams'][1]}", f"Everything you need to know about the {t['cup']} final")
    return head + "\n\n" + " ".join(parts), facts


def s_wiki(t, e, rng, o):
    lines = "\n".join(f"{y} | {a} | {s} | {b} | {v}" for y, a, s, b, v in t["history"])
    s0 = f"The {t['cup']} is {t['desc']}."
    txt = f"{t['cup']}\n\n{s0} {t['wiki_extra']}\n\nFinals (selection)\nSeason | Winner | Score | Runner-up | Venue\n{lines}"
    facts = {f"win|{y}": f"{y} | {a} | {s} | {b} | {v}" for y, a, s, b, v in t["history"]}
    return txt, facts


def s_forum(t, e, rng, o):
    import datetime

    pd = datetime.date.fromordinal(e["date"].toordinal() + 1)
    user = rng.choice(USERS)
    s1 = e["forum_line"]
    txt = f"{t['forum_board']}\n{user} · {fmt(pd, 'iso')}\n\n{s1} {e['forum_rest']}"
    return txt, {k: s1 for k in e.get("forum_facts", [])}


SPORT_T = dict(report=s_report, preview=s_preview, wiki=s_wiki, forum=s_forum)
