"""Serving: what a running server needs around the engine, apart from HTTP.

    webhook     one verified event in, its answer out (`Service`)
    dispatch    who answers a buyer message: the bot, the agent on duty, nobody yet
    events      the webhook's events and decision, as validated models
    live        the shops a server serves, always at their latest revision
    revisions   every accepted version of a shop, in the state store
    state       conversation records and logs in SQLite or Redis
    unanswered  the questions the bot did not answer, grouped for the owner
    history     the conversation log: every buyer and agent message, and the dashboard's figures
    settings    the server's settings and the shops it serves
    signing     HMAC signatures of webhook requests
    httpapi     the JSON error body, body reading, domain errors to HTTP statuses
    metrics     Prometheus counters;  logs  JSON log lines;  privacy  masking personal data
"""
