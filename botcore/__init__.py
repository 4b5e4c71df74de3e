"""The ground floor of xiaoer (店小二): the engine's stages and the shop model.

xiaoer's packages stand in floors, and each imports only from the floors below it
(import-linter checks this in CI, see pyproject.toml):

    xiaoer/                 tools: the ``xiaoer`` command, eval, the public Python API
    server.py   admin/      the HTTP edge: webhook app, the owner's API and page
    serving/                state stores, revisions, live shops, dispatch, events, logs
    engine/                 the engine: policy, keyword rules, one reply per message
    intents/    replies/    one matcher and case logic per intent; wordings as data
    botcore/                this floor: stages, shop model, conversation, errors

This floor holds:

    errors        the one hierarchy of errors xiaoer raises on purpose
    halves        work on a long list in two halves at once (a forked child)
    conversation  what a conversation remembers between messages
    shop/         the shop model, its file, calendar, edits and stock CSV
    stages/       normalise, numbers, tokenise, vocabulary, entities
    places        couriers and regions (data in ``data/``)
    text          small helpers for Chinese text (money, lists, spans)
    yamltext      safe YAML reading with errors in Chinese
"""
