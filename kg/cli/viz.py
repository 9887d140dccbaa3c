"""``kg viz``: an offline HTML map of a build, whole or around one person or body."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import Errors, KgError
from . import fail, main

COLOUR_BY = ("type", "community")
SIZE_BY = ("degree", "centrality")


def load_network(store: Path):
    """The map projection of a build folder (with the project ontology's styles)."""
    from ..ontology import load_ontology
    from ..store import load_dataset
    from ..viz import graph_to_network

    dataset = load_dataset(store)
    return graph_to_network(dataset, load_ontology().graph)


def find_or_fail(net, name: str, store: Path) -> str:
    """The node id for a name or IRI; a :class:`KgError` E080 if nothing matches."""
    from ..viz.find import search

    if name in net:
        return name
    hits = search(net, name, 4)
    if not hits:
        raise KgError(Errors.E080, path=str(store), name=name)
    return hits[0]


@main.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="A folder written by 'kg build'.")
@click.option("--focus", metavar="NAME",
              help="Draw only the neighbourhood of this person, body or other node: any form "
                   "of its name («Шапши», «Госдума») or its IRI.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="How many steps around --focus to draw.")
@click.option("--article", metavar="ID", help="Draw only what this article states (its id).")
@click.option("--colour-by", "--color-by", "colour_by", type=click.Choice(COLOUR_BY),
              default="type", show_default=True,
              help="Colour nodes by type (the ontology's colours) or by louvain community.")
@click.option("--size-by", type=click.Choice(SIZE_BY), default="degree", show_default=True,
              help="Size nodes by degree or by betweenness centrality.")
@click.option("--title", help="The page title (default: from the focus or article).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (default: map.html, or map-NAME.html with --focus).")
def viz(store: Path, focus: str | None, depth: int, article: str | None, colour_by: str,
        size_by: str, title: str | None, output: Path | None) -> None:
    """Write an interactive map of a build as one offline HTML file.

    \b
    Examples:
      kg viz --store exports -o map.html
      kg viz --store exports --focus Шапша --depth 1 -o shapsha.html
      kg viz --store exports --article 000_3ad05c95d4bf20bc
      kg viz --store exports --colour-by community --size-by centrality
    """
    from ..graph.iris import slug
    from ..viz.map import article_network, ego_network, render_network

    try:
        net = load_network(store)
        if article is not None:
            try:
                net = article_network(net, article)
            except KeyError:
                raise KgError(Errors.E081, path=str(store), name=article) from None
        focus_id = None
        if focus is not None:
            focus_id = find_or_fail(net, focus, store)
            net = ego_network(net, focus_id, depth)
        label = str(net.nodes[focus_id]["label"]) if focus_id else None
        if title is None:
            if label:
                title = f"kg: {label} — связи"
            elif article is not None:
                info = next(iter(net.graph["articles"].values()))
                title = info["title"] or info["id"]
            else:
                title = "kg: карта связей"
        if output is None:
            name = label or (article if article is not None else "")
            output = Path(f"map-{slug(name)}.html" if name else "map.html")
        render_network(net, output, title=title, focus=focus_id, colour_by=colour_by,
                       size_by=size_by)
    except KgError as error:
        fail(error)
        return
    where = f" around {label}" if label else ""
    click.echo(f"kg: wrote {output}: {net.number_of_nodes()} nodes, {net.number_of_edges()} "
               f"edges{where}", err=True)
