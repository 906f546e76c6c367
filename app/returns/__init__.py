"""The return (月报) of issue 6: periods, computation, logic checks, period close, outputs,
township aggregate. Entry points: app.returns.store.prepare / close_return, app.returns.export.render,
app.returns.township.township_return."""
