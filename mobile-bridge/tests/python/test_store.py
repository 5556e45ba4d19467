"""The local half of the bridge: keys, every entity's typed CRUD, list filters, the
domain actions, Today, typed errors, threads."""

import hashlib
import sqlite3
import threading

import pytest

TODAY = "2026-12-01"


def examples(c, s):
    """A valid row of every registered kind (what links come first), with the field an
    edit changes. Creating them through the bridge is the test."""
    habit = s.create_habit(c.Habit(name="stretch", schedule="daily"))
    plan = s.create_reading_plan(c.ReadingPlan(
        name="John", start="2026-11-30", readings=[c.Reading(day=1, text="John 1"), c.Reading(day=2, text="John 2")]))
    account = s.create_account(c.Account(name="Checking", kind=c.AccountKind.CHECKING,
                                         currency_code="EUR", opening_date="2026-11-01"))
    note = s.create_note(c.Note(title="receipts"))
    return {
        "note": (c.Note(title="hello"), "title"),
        "task": (c.Task(title="buy milk", status=c.TaskStatus.TODO, priority=c.Priority.HIGH, due=TODAY), "title"),
        "person": (c.Person(name="Ada Lovelace", birthday="1815-12-10"), "name"),
        "place": (c.Place(name="Home", latitude=51.5, longitude=-0.12), "name"),
        "health_metric": (c.HealthMetric(kind=c.MetricKind.STEPS, value=9000, unit="steps",
                                         recorded_at="2026-12-01T08:00:00.000Z"), "note"),
        "workout": (c.Workout(kind="run", started_at="2026-12-01T07:00:00.000Z", duration_s=1800), "kind"),
        "practice": (c.Practice(kind="prayer", occurred_at="2026-12-01T06:00:00.000Z"), "reference"),
        "reading_plan": (c.ReadingPlan(name="Psalms", start=TODAY, readings=[c.Reading(day=1, text="Psalm 1")]), "name"),
        "reading_done": (c.ReadingDone(plan_id=plan.kernel.id, reading="John 1", done_on="2026-11-30"), "reading"),
        "habit": (c.Habit(name="read", schedule="3/week"), "name"),
        "habit_checkin": (c.HabitCheckin(habit_id=habit.kernel.id, date="2026-11-30", status=c.CheckinStatus.DONE), "note"),
        "fast": (c.Fast(started_at="2026-11-30T20:00:00.000Z", ended_at="2026-12-01T12:00:00.000Z", target_minutes=960), "note"),
        "account": (c.Account(name="Cash", kind=c.AccountKind.CASH, currency_code="EUR", opening_date="2026-11-01"), "name"),
        "transaction": (c.Transaction(account_id=account.kernel.id, booking_date=TODAY, amount_minor=-1250,
                                      currency_code="EUR", payee="Cafe"), "payee"),
        "budget": (c.Budget(category="Food", month="2026-12", amount_minor=30000, currency_code="EUR"), "category"),
        "attachment": (c.Attachment(entity_kind="note", entity_id=note.kernel.id, name="receipt.pdf",
                                    media_type="application/pdf", size=5,
                                    sha256="2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"), "name"),
    }


PLURAL = {"person": "people", "reading_done": "readings_done"}


def test_every_kind_has_typed_crud(m, c, store):
    ex = examples(c, store)
    # every kind of the registry is covered: the bridge exports create_<kind> for each
    kinds = {n[len("create_"):] for n in dir(store) if n.startswith("create_") and n != "create_all"}
    assert kinds == set(ex), kinds ^ set(ex)
    for kind, (fields, text_field) in ex.items():
        plural = PLURAL.get(kind, kind + "s")
        create = getattr(store, f"create_{kind}")
        get = getattr(store, f"get_{kind}")
        lst = getattr(store, f"list_{plural}")
        update = getattr(store, f"update_{kind}")
        delete = getattr(store, f"delete_{kind}")
        restore = getattr(store, f"restore_{kind}")
        row = create(fields)
        assert type(row).__name__.endswith("Row"), kind
        assert row.kernel.version == 1 and row.kernel.deleted_at is None
        assert row.fields == fields, kind
        assert get(row.kernel.id) == row
        assert row.kernel.id in [r.kernel.id for r in lst({})]
        edited = row.fields
        setattr(edited, text_field, "edited")
        up = update(row.kernel.id, 1, edited)
        assert up.kernel.version == 2 and getattr(up.fields, text_field) == "edited"
        with pytest.raises(c.LifeosError.Conflict) as e:
            update(row.kernel.id, 1, edited)
        assert (e.value.expected, e.value.actual, e.value.kind) == (1, 2, kind)
        gone = delete(row.kernel.id, 2)
        assert gone.kernel.deleted_at is not None and gone.kernel.version == 3
        assert row.kernel.id not in [r.kernel.id for r in lst({})]
        assert row.kernel.id in [r.kernel.id for r in lst({"include_deleted": "true"})]
        with pytest.raises(c.LifeosError.Refused):
            update(row.kernel.id, 3, edited)
        back = restore(row.kernel.id, None)
        assert back.kernel.deleted_at is None and back.kernel.version == 4
        with pytest.raises(c.LifeosError.Refused):
            restore(row.kernel.id, None)


def test_list_filters_are_the_clis(c, store):
    store.create_task(c.Task(title="a", status=c.TaskStatus.TODO, priority=c.Priority.NONE, tags=["errands"]))
    store.create_task(c.Task(title="b done", status=c.TaskStatus.DONE, priority=c.Priority.NONE,
                             completed_at="2026-12-01T10:00:00Z"))
    store.create_task(c.Task(title="Call mum", status=c.TaskStatus.DOING, priority=c.Priority.LOW, due="2026-11-20"))
    titles = lambda p: sorted(r.fields.title for r in store.list_tasks(p))
    assert titles({"status": "done"}) == ["b done"]
    assert titles({"status": "todo,doing"}) == ["Call mum", "a"]
    assert titles({"tag": "Errands"}) == ["a"]
    assert titles({"search": "MUM"}) == ["Call mum"]
    assert titles({"due_before": "2026-11-30"}) == ["Call mum"]
    with pytest.raises(c.LifeosError.Validation) as e:
        store.list_tasks({"status": "open"})
    assert e.value.field == "status" and "todo, doing, done or cancelled" in e.value.detail
    with pytest.raises(c.LifeosError.Validation) as e:
        store.list_notes({"status": "todo"})
    assert e.value.field == "status" and e.value.detail == "notes cannot be filtered by status"


def test_keys_rekey_and_a_wrong_key_changes_nothing(m, c, tmp_path):
    path = str(tmp_path / "phone.db")
    key = m.new_key()
    assert len(key) == 64 and key != m.new_key()
    s = m.LifeosStore.open(path, key)
    s.create_note(c.Note(title="secret"))
    del s
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    with pytest.raises(c.LifeosError.WrongKey) as e:
        m.LifeosStore.open(path, m.new_key())
    assert e.value.path == path
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == digest
    with pytest.raises(c.LifeosError.Validation) as e:
        m.LifeosStore.open(path, "not hex")
    assert e.value.field == "key"
    s = m.LifeosStore.open(path, key)
    new = m.new_key()
    s.rekey(new)
    s.create_note(c.Note(title="after rekey"))
    del s
    with pytest.raises(c.LifeosError.WrongKey):
        m.LifeosStore.open(path, key)
    s = m.LifeosStore.open(path, new)
    assert sorted(r.fields.title for r in s.list_notes({})) == ["after rekey", "secret"]
    # the file is encrypted: sqlite cannot read it
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("select * from sqlite_master").fetchall()


def test_every_typed_error_of_the_store(m, c, store, tmp_path):
    with pytest.raises(c.LifeosError.Validation) as e:
        store.create_task(c.Task(title="", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    assert e.value.field == "title"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.create_person(c.Person(name="x", emails=["nope"]))
    assert e.value.field.startswith("emails")
    # a malformed kernel value from the app is a typed error naming its type, not a panic
    with pytest.raises(c.LifeosError.Validation) as e:
        store.get_task("not-an-id")
    assert e.value.field == "id"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.create_habit(c.Habit(name="x", schedule="sometimes"))
    assert e.value.field == "schedule"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.create_budget(c.Budget(category="Food", month="2026-13", amount_minor=1, currency_code="EUR"))
    assert e.value.field == "month"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.create_account(c.Account(name="x", kind=c.AccountKind.CASH, currency_code="XYZ", opening_date=TODAY))
    assert e.value.field == "currency_code"
    with pytest.raises(c.LifeosError.NotFound) as e:
        store.get_note("01JDQ4C5Z6V2Y7KX3M8N9P0QRS")
    assert e.value.kind == "note" and e.value.id == "01JDQ4C5Z6V2Y7KX3M8N9P0QRS"
    h = store.create_habit(c.Habit(name="water", schedule="daily"))
    store.check_in_habit(h.kernel.id, TODAY, False, None, "")
    with pytest.raises(c.LifeosError.Refused):
        store.create_habit_checkin(c.HabitCheckin(habit_id=h.kernel.id, date=TODAY, status=c.CheckinStatus.DONE))
    # an unencrypted SQLite file is not ours: a storage error, and it is left alone
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t (x)").connection.commit()
    before = plain.read_bytes()
    with pytest.raises(c.LifeosError.Storage):
        m.LifeosStore.open(str(plain), m.new_key())
    assert plain.read_bytes() == before
    # nothing was written by the refused calls
    assert store.status().pending == 2


def test_domain_actions_and_today(m, c, store):
    habit = store.create_habit(c.Habit(name="stretch", schedule="daily"))
    water = store.create_habit(c.Habit(name="water", schedule="daily", target=8.0, unit="glasses"))
    checkin = store.check_in_habit(water.kernel.id, TODAY, False, 6.0, "")
    assert checkin.fields.value == 6.0
    again = store.check_in_habit(water.kernel.id, TODAY, False, 8.0, "all of it")
    assert again.kernel.id == checkin.kernel.id and again.kernel.version == 2
    task = store.create_task(c.Task(title="due today", status=c.TaskStatus.TODO, priority=c.Priority.NONE, due=TODAY))
    store.create_task(c.Task(title="later", status=c.TaskStatus.TODO, priority=c.Priority.NONE, due="2026-12-24"))
    fast = store.start_fast(960)
    with pytest.raises(c.LifeosError.Refused):
        store.start_fast(None)
    weight = store.log_health("weight", "72.4kg", None, "2026-12-01T07:30:00Z", False)
    assert weight.fields.kind == c.MetricKind.WEIGHT and weight.fields.value == 72400
    bp = store.log_health("bp", "120/80", None, "2026-12-01T07:31:00Z", False)
    assert (bp.fields.value, bp.fields.value2) == (120, 80)
    glucose = store.log_health("glucose", "5.4", "mmol/L", "2026-12-01T07:32:00Z", False)
    assert glucose.fields.custom_kind == "glucose" and glucose.fields.unit == "mmol/L"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.log_health("weight", "heavy", None, None, False)
    assert e.value.field == "value"
    practice = store.log_practice("Prayer", 15, "Psalm 23", None)
    assert practice.fields.kind == "prayer" and practice.fields.duration_s == 900
    plan = store.create_reading_plan(c.ReadingPlan(
        name="John", start="2026-11-30", readings=[c.Reading(day=1, text="John 1"), c.Reading(day=2, text="John 2")]))
    account = store.create_account(c.Account(name="Checking", kind=c.AccountKind.CHECKING,
                                             currency_code="EUR", opening_date="2026-11-01"))
    tx = store.add_transaction(account.kernel.id, TODAY, "-12.50", "Cafe", "Food:Coffee")
    assert tx.fields.amount_minor == -1250 and tx.fields.currency_code == "EUR"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.add_transaction(account.kernel.id, TODAY, "12.5.0", "x", "")
    assert e.value.field == "amount"

    t = store.today(TODAY, 60)
    assert [r.fields.title for r in t.tasks_due] == ["due today"]
    assert [r.kernel.id for r in t.habits_due] == [habit.kernel.id]
    assert t.running_fast.kernel.id == fast.kernel.id
    assert {r.kernel.id for r in t.health_today} == {weight.kernel.id, bp.kernel.id, glucose.kernel.id}
    assert [(p.plan.kernel.id, [r.text for r in p.readings]) for p in t.readings_today] == [(plan.kernel.id, ["John 2"])]
    assert [(s.currency_code, s.amount_minor, s.amount) for s in t.spent_this_month] == [("EUR", 1250, "12.50")]

    marked = store.mark_readings(plan.kernel.id, TODAY)
    assert [r.fields.reading for r in marked] == ["John 2"]
    assert store.mark_readings(plan.kernel.id, TODAY) == []
    stopped = store.stop_fast()
    assert stopped.fields.ended_at is not None
    with pytest.raises(c.LifeosError.NotFound):
        store.stop_fast()
    store.check_in_habit(habit.kernel.id, TODAY, True, None, "sick")
    store.update_task(task.kernel.id, 1, c.Task(title="due today", status=c.TaskStatus.DONE,
                                                 priority=c.Priority.NONE, due=TODAY, completed_at="2026-12-01T12:00:00Z"))
    t = store.today(TODAY, 60)
    assert t.tasks_due == [] and t.habits_due == [] and t.running_fast is None and t.readings_today == []
    with pytest.raises(c.LifeosError.Validation):
        store.today(TODAY, 100000)


def test_calls_from_many_threads(c, store):
    errors = []

    def work(n):
        try:
            for i in range(25):
                r = store.create_note(c.Note(title=f"t{n}-{i}"))
                store.get_note(r.kernel.id)
                store.status()
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.list_notes({})) == 200
    assert store.status().pending == 200
