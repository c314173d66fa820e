"""Render one vendor's package: openapi-python-client with our templates, then the package's extras.

The runtime is not copied: generated code imports it from failtrail-core's ``gen_v1`` interface, at
the revision below, and each package depends on failtrail-core's current minor version range.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

from .extensions import check_extensions, check_model_names
from .facts import build_facts, python_view

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
MANIFEST = ".generated-files"
CORE = ROOT / "packages" / "failtrail-core"
# The failtrail_core.gen_v1 revision the templates use: raise it with the core's REVISION whenever the
# templates start to use a name the interface gained.
INTERFACE_REVISION = 3
HAND_WRITTEN_NOTE = "# Written by `nox -s generate`; do not edit. Every file not listed here is hand-written.\n"


def vendors() -> list[str]:
    return sorted(p.parent.name for p in SPECS.glob("*/package.yaml"))


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _spec_name(item: Any) -> str:
    """A model's or property's name as the spec spells it (the generator wraps some names)."""
    name = item.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def core_requirement() -> str:
    """``failtrail-core>=X.Y.Z,<X.(Y+1)``: the core's current version, up to its next minor release."""
    for line in (CORE / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            version = line.split("=", 1)[1].strip().strip('"')
            major, minor = (int(part) for part in version.split(".")[:2])
            return f"failtrail-core>={version},<{major}.{minor + 1}"
    raise SystemExit(f"{CORE / 'pyproject.toml'}: no version")


def _type(prop: Any) -> str:
    return prop.get_type_string(no_optional=True).as_unembedded_code()


def _annotation(prop: Any, decode: str | None = None) -> str:
    """A field's Python type as a consumer sees it: ``X | None`` when absent or null, never ``Unset``.

    An enum field reads ``Status | str``: the API may send a value the spec does not list, it is kept
    as a plain string, and the type says so (an exhaustive ``match`` over the members must still
    handle ``str``).
    """
    if decode == "int":
        base = "int"
    else:
        base = _value_type(prop)
    if not prop.required and "None" not in base.split(" | "):
        base += " | None"
    return base


def _value_type(prop: Any) -> str:
    kind = _kind(prop)
    if kind == "EnumProperty":
        return f"{prop.class_info.name} | {prop.value_type.__name__}"
    if kind == "ListProperty":
        return f"list[{_value_type(prop.inner_property)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _value_type(inner).split(" | "):
                if part not in parts:
                    parts.append(part)
        if "None" in parts:  # None last, as people write it
            parts.remove("None")
            parts.append("None")
        return " | ".join(parts)
    if kind == "NoneProperty":
        return "None"
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


def _run_openapi_python_client(spec_path: Path, settings: dict[str, Any], facts: dict[str, Any], out: Path) -> None:
    config = Config.from_sources(
        ConfigFile(
            project_name_override=settings["distribution"],
            package_name_override=settings["package"],
            package_version_override=settings["version"],
            post_hooks=[],
        ),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )
    data = python_view(yaml.safe_load(spec_path.read_text()))
    openapi = GeneratorData.from_dict(data, config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"{spec_path}: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES / "openapi-python-client")

    def model_facts(model: Any) -> dict[str, Any]:
        models: dict[str, Any] = facts["models"]
        return models.get(_spec_name(model).rsplit("/", 1)[-1], {})

    def error_message(model: Any) -> tuple[str, ...]:
        pointers: dict[str, tuple[str, ...]] = facts["error_messages"]
        return pointers.get(_spec_name(model).rsplit("/", 1)[-1], ())

    def secret_holders(model: Any) -> list[str] | None:
        """The JSON names of the model's fields that can hold a secret inside; None for a model that is no
        component schema (an inline object), whose every field is then looked into."""
        holders: dict[str, list[str]] = facts["secret_holders"]
        return holders.get(_spec_name(model).rsplit("/", 1)[-1])

    reach = _reach(openapi.models)
    camel = _camel_ready(openapi.models, reach) if "camelCase" in facts["key_spellings"] else set()
    answered = _answered(openapi, reach)

    project.env.globals.update(
        failtrail=facts,
        ft_mirrored=lambda owner, target: _mirrored(reach, owner, target),
        ft_has_mirror=lambda model: model.class_info.name in answered,  # the one rule: _wire/ holds these
        ft_camel=camel.__contains__,
        ft_secret_holders=secret_holders,
        ft_annotation=_annotation,
        ft_kind=_kind,
        ft_model_facts=model_facts,
        ft_error_message=error_message,
        ft_name=_spec_name,
    )
    project.env.filters["ft_type"] = _type
    project.env.filters["ft_py"] = repr
    facts["api_index"] = _api_index(openapi, facts)
    errors = project.build()
    if errors:
        for error in errors:
            print(f"{spec_path}: {error.level.value} {error.header}: {error.detail}", file=sys.stderr)
        raise SystemExit(f"{spec_path}: the generator reported problems; fix the spec or the templates")
    _render_mirrors(project, [m for m in openapi.models if m.class_info.name in answered], out / "_wire")


def _model_refs(prop: Any) -> set[str]:
    """The models a property's value can hold directly (itself, its list's items, its union's members)."""
    kind = _kind(prop)
    if kind == "ModelProperty":
        return {prop.class_info.name}
    if kind == "ListProperty":
        return _model_refs(prop.inner_property)
    if kind == "UnionProperty":
        return set().union(*(_model_refs(inner) for inner in prop.inner_properties))
    return set()


def _reach(models: Any) -> dict[str, set[str]]:
    """Each model that has a mirror (one with declared fields), and every model its fields can reach."""
    direct = {
        m.class_info.name: set().union(*(_model_refs(p) for p in m.required_properties + m.optional_properties))
        for m in models
        if m.required_properties or m.optional_properties
    }
    reach = {name: set(refs) for name, refs in direct.items()}
    changed = True
    while changed:
        changed = False
        for refs in reach.values():
            grown = refs.union(*(direct.get(ref, set()) for ref in refs))
            if grown != refs:
                refs |= grown
                changed = True
    return reach


def _mirrored(reach: dict[str, set[str]], owner: str, target: str) -> bool:
    """Whether ``owner``'s mirror refers to ``target``'s: it has one, and no cycle leads back."""
    return target in reach and owner not in reach[target] and owner != target


def _answered(openapi: GeneratorData, reach: dict[str, set[str]]) -> set[str]:
    """The models with declared fields that an answer can hold: the ones a mirror is read into (a model only
    sent, a request body's, has none)."""
    found: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            default = [endpoint.responses.default] if endpoint.responses.default else []
            for response in endpoint.responses.patterns + default:
                for name in _model_refs(response.prop):
                    if name in reach:
                        found |= {name, *(ref for ref in reach[name] if ref in reach)}
    return found


def _direct_model(prop: Any) -> str | None:
    """The model a property holds as itself, a list of it, or it or null; None for anything else."""
    kind = _kind(prop)
    if kind == "ModelProperty":
        return str(prop.class_info.name)
    if kind == "ListProperty" and _kind(prop.inner_property) == "ModelProperty":
        return str(prop.inner_property.class_info.name)
    if kind == "UnionProperty" and len(prop.inner_properties) == 2:
        kinds = [_kind(inner) for inner in prop.inner_properties]
        if "NoneProperty" in kinds:
            return _direct_model(prop.inner_properties[1 - kinds.index("NoneProperty")])
    return None


def _camel_ready(models: Any, reach: dict[str, set[str]]) -> set[str]:
    """The models whose mirror can have a camelCase twin (x-failtrail-key-spellings: [camelCase]): every object with
    declared fields inside them is a mirror too, itself ready, so that no camelCase object reaches a
    ``from_dict`` that expects the spec's spelling (``canonical_keys`` fixes it on the other path only)."""
    ready = set(reach)
    changed = True
    while changed:
        changed = False
        for model in models:
            name = model.class_info.name
            if name not in ready:
                continue
            for prop in model.required_properties + model.optional_properties:
                held = {ref for ref in _model_refs(prop) if ref in reach}  # those with declared fields
                target = _direct_model(prop)
                mirrored = target is not None and _mirrored(reach, name, target)
                if held and not (mirrored and held == {target} and target in ready):
                    ready.discard(name)
                    changed = True
                    break
    return ready


def _render_mirrors(project: Project, models: Any, folder: Path) -> None:
    """``_wire/<model module>.py`` for each of ``models`` (each with declared fields): its msgspec mirror
    (read_json's compiled path), a module each, so that the first body read imports only the models it needs."""
    folder.mkdir()
    (folder / "__init__.py").write_text('"""Compiled mirrors of the models, one module each (see read_json)."""\n')
    template = project.env.get_template("wire_model.py.jinja")
    for model in models:
        (folder / f"{model.class_info.module_name}.py").write_text(template.render(model=model))


def _plain(value: Any) -> str:
    """The generator's wrapped strings (untrusted text, code) as plain text on one line."""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    elif hasattr(value, "as_unembedded_code"):
        value = value.as_unembedded_code()
    return " ".join(str(value or "").split())


def _api_index(openapi: GeneratorData, facts: dict[str, Any]) -> dict[str, Any]:
    """What api.md lists: each tag's operation modules, and the models, as the generator named them."""
    tags = []
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        operations = []
        for endpoint in collection.endpoints:
            op = facts["operations"][endpoint.name]  # keyed as the endpoint template looks them up
            pagination = op.get("pagination") or {}
            body = _plain(endpoint.bodies[0].prop.get_type_string(no_optional=True)) if endpoint.bodies else None
            page_model, item_model = _pager_types(endpoint, pagination)
            operations.append(
                {
                    "module": str(PythonIdentifier(endpoint.name, "field_")),
                    "summary": _plain(endpoint.summary) or endpoint.name,
                    "method": op["method"],
                    "path": op["path"],
                    "operation_id": op["operation_id"],
                    "paginated": pagination.get("scheme", "none") != "none",
                    "scheme": pagination.get("scheme"),
                    "page_model": page_model,
                    "item_model": item_model,
                    "params": list(op["params"].values()),
                    "body": body,
                }
            )
        tags.append((str(tag), operations))
    models = [
        {"name": m.class_info.name, "description": _plain(m.description)}
        for m in sorted(openapi.models, key=lambda m: m.class_info.name)
    ]
    return {"tags": tags, "models": models}


def _pager_types(endpoint: Any, pagination: dict[str, Any]) -> tuple[str, str]:
    """A paginated operation's page model and record type, as its pager is typed."""
    success = [r.prop for r in endpoint.responses.patterns if r.status_code.range[0] < 400]
    if not success or pagination.get("scheme", "none") == "none":
        return "", ""
    page = success[0]
    if pagination.get("items"):
        props = page.required_properties + page.optional_properties
        items = next(p for p in props if _spec_name(p) == pagination["items"])
        return _type(page), _type(items.inner_property)
    return _type(page), _type(page.inner_property)


def _render_extras(settings: dict[str, Any], facts: dict[str, Any], dist: Path, package: Path, folder: str) -> None:
    """pyproject.toml, _version.py and py.typed; with an API, also _spec.py (the operations as data)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES / "package"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py"] = repr
    env.globals["tuple"] = tuple
    context = {
        "settings": settings,
        "facts": facts,
        "package": settings["package"],
        "folder": folder,
        "core_requirement": core_requirement(),
    }
    (dist / "pyproject.toml").write_text(env.get_template("pyproject.toml.jinja").render(context))
    (package / "_version.py").write_text(env.get_template("_version.py.jinja").render(context))
    (package / "py.typed").write_text("")
    if not settings.get("runtime", True):
        return
    (package / "_spec.py").write_text(env.get_template("_spec.py.jinja").render(context))
    index = facts["api_index"]
    api_md = env.get_template("api.md.jinja").render(context, operations_by_tag=index["tags"], models=index["models"])
    (dist / "api.md").write_text(api_md)


def _compile_json_schemas(settings: dict[str, Any], vendor_dir: Path, package: Path) -> None:
    for entry in settings.get("json-schemas", []):
        target = package / f"{entry['module']}.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(vendor_dir / entry["source"]),
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                "dataclasses.dataclass",
                "--output-datetime-class",
                "datetime",
                "--dataclass-arguments",
                '{"slots": true}',
                "--use-field-description",
                "--use-schema-description",
                "--disable-timestamp",
                "--target-python-version",
                "3.11",
                "--formatters",
                "ruff-format",
                "--output",
                str(target),
                *entry.get("args", []),
            ],
            check=True,
        )
        text = target.read_text()
        target.write_text(
            text.replace(
                f"#   filename:  {entry['source']}", f"#   filename:  specs/{vendor_dir.name}/{entry['source']}"
            )
        )


def _format(dist: Path) -> None:
    """ruff with its settings spelled out here, so the output never depends on a config file nearby."""
    common = ["--isolated", "--line-length", "120", "--target-version", "py311", "--quiet"]
    subprocess.run(
        ["ruff", "check", *common, "--fix-only", "--select", "I,F401,UP", "--exit-zero", str(dist)], check=True
    )
    subprocess.run(["ruff", "format", *common, str(dist)], check=True)


def _stamp(dist: Path, vendor: str, has_api: bool) -> None:
    """Say at the top of every generated Python file that it is generated, and from what."""
    source = f"specs/{vendor}/openapi.yaml" if has_api else f"specs/{vendor}/package.yaml"
    line = f"# Generated by `nox -s generate` (tools/codegen) from {source} and templates/; do not edit.\n"
    for path in sorted(dist.rglob("*.py")):
        text = path.read_text()
        if not text.startswith(("# Generated by", "# generated by")):
            path.write_text(line + text)


def render_package(vendor: str, scratch: Path) -> Path:
    """Render ``specs/<vendor>`` into ``scratch/<distribution>`` and return that folder.

    A folder without ``openapi.yaml`` (the umbrella ``failtrail``) is a schemas-only package: just its
    JSON Schemas compiled, its pyproject.toml and version; the rest of it is hand-written.
    """
    vendor_dir = SPECS / vendor
    settings = yaml.safe_load((vendor_dir / "package.yaml").read_text())
    spec_path = vendor_dir / "openapi.yaml"
    has_api = spec_path.exists()
    data = yaml.safe_load(spec_path.read_text()) if has_api else None
    if data is not None and (problems := check_extensions(data) + check_model_names(data)):
        raise SystemExit(f"{spec_path}: x-failtrail-* extensions:\n  " + "\n  ".join(problems))
    facts = build_facts(data) if data is not None else {"models": {}}
    facts["settings"] = settings
    facts["interface_revision"] = INTERFACE_REVISION
    dist = scratch / settings["distribution"]
    package = dist / settings["package"]
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    if has_api:
        _run_openapi_python_client(spec_path, settings, facts, package)
    else:
        package.mkdir()
    _render_extras(settings, facts, dist, package, vendor)
    _compile_json_schemas(settings, vendor_dir, package)
    _format(dist)
    _stamp(dist, vendor, has_api)
    files = sorted(str(p.relative_to(dist)) for p in dist.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    (dist / MANIFEST).write_text(HAND_WRITTEN_NOTE + "\n".join([*files, MANIFEST]) + "\n")
    return dist
