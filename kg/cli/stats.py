"""``kg stats``: the network of a build in numbers, and how two names connect."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import KgError
from . import fail, main
from .viz import find_or_fail, load_network


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths)).rstrip()]
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    return ["  " + line for line in lines]


def render_stats(stats: dict) -> str:
    """The table form of :func:`kg.viz.stats.network_stats`."""
    kinds = ", ".join(f"{k} {v}" for k, v in stats["kinds"].items())
    out = [f"{stats['nodes']} nodes, {stats['edges']} edges, {stats['articles']} articles; "
           f"{stats['components']} components without articles (largest "
           f"{stats['largest_component']} nodes); {stats['communities_of_two_or_more']} "
           f"communities of 2+ nodes ({stats['communities']} with single nodes); "
           f"density {stats['density']}",
           f"nodes by kind: {kinds}"]
    for key, title in (("top_persons", "Most connected persons"),
                       ("top_bodies", "Most connected bodies")):
        out += ["", title]
        rows = [[str(i), r["label"], str(r["degree"]), f"{r['betweenness']:.4f}",
                 str(r["articles"]), r["type"]] for i, r in enumerate(stats[key], 1)]
        out += _table(rows, ["#", "name", "degree", "betweenness", "articles", "type"]) \
            if rows else ["  (none)"]
    out += ["", "Largest communities"]
    rows = [[str(c["index"] + 1), str(c["size"]), ", ".join(m["label"] for m in c["members"])]
            for c in stats["largest_communities"]]
    out += _table(rows, ["#", "size", "most connected members"]) if rows else ["  (none)"]
    return "\n".join(out) + "\n"


def render_path(path: dict, source: str, target: str) -> str:
    """The table form of :func:`kg.viz.stats.shortest_path`."""
    if not path["nodes"]:
        return f"no path between «{source}» and «{target}»\n"
    steps = len(path["relations"])
    first, last = path["nodes"][0], path["nodes"][-1]
    out = [f"{first['label']} → {last['label']}: {steps} step{'s' if steps != 1 else ''}"
           + (" (through articles)" if path["through_articles"] else "")]
    out.append(f"  {first['label']} [{first['type']}]")
    quoted = ""
    for relation, node in zip(path["relations"], path["nodes"][1:]):
        link = (f"—{relation['label']}→" if relation["forward"]
                else f"←{relation['label']}—")
        out.append(f"    {link} {node['label']} [{node['type']}]")
        if relation["sentence"] and relation["sentence"] != quoted:
            quoted = relation["sentence"]
            out.append(f"        «{quoted}» ({relation['article']})")
    return "\n".join(out) + "\n"


@main.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="How many persons, bodies and communities to list.")
@click.option("--path", "path", nargs=2, metavar="A B",
              help="Show the shortest chain of relations between two names instead.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def stats(store: Path, top: int, path: tuple[str, str] | None, fmt: str) -> None:
    """The network in numbers: most connected officials and bodies, communities, paths.

    \b
    Examples:
      kg stats --store exports
      kg stats --store exports --top 20 --format json
      kg stats --store exports --path Шапша Скляр
    """
    from ..viz.stats import network_stats, shortest_path

    try:
        net = load_network(store)
        if path:
            source, target = (find_or_fail(net, name, store) for name in path)
            result = shortest_path(net, source, target)
            result = {"source": path[0], "target": path[1], **result}
            text = render_path(result, *path) if fmt == "table" else None
        else:
            result = network_stats(net, top)
            text = render_stats(result) if fmt == "table" else None
    except KgError as error:
        fail(error)
        return
    if text is None:
        text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    click.echo(text, nl=False)
