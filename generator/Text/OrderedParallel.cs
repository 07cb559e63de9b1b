namespace PodcastSite.Text;

/// <summary>
/// Work on many items on every core, handed back in the items' order, with at most a window of finished results
/// waiting at any time. PLINQ's ordered merge splits a list into one range per core, so the results of every range
/// but the first wait whole until the first is read: for the feed of a 10,000-episode show, half its items at once.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Select<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int window = 64)
    {
        if (items.Count == 0)
            yield break;
        var results = new TResult[items.Count];
        var done = new bool[items.Count];
        var gate = new object();
        var next = -1;
        var handedBack = 0;
        Exception? failure = null;

        void Worker()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    // Far ahead of the reader: wait for it, so finished results never pile up.
                    while (next + 1 >= handedBack + window && failure is null)
                        Monitor.Wait(gate);
                    if (failure is not null || next + 1 >= items.Count)
                        return;
                    index = ++next;
                }
                try
                {
                    var result = work(items[index]);
                    lock (gate)
                    {
                        results[index] = result;
                        done[index] = true;
                        Monitor.PulseAll(gate);
                    }
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= e;
                        Monitor.PulseAll(gate);
                    }
                    return;
                }
            }
        }

        var workers = Enumerable
            .Range(0, Math.Min(Environment.ProcessorCount, items.Count))
            .Select(_ => Task.Factory.StartNew(Worker, TaskCreationOptions.LongRunning))
            .ToArray();
        try
        {
            for (var index = 0; index < items.Count; index++)
            {
                TResult result;
                lock (gate)
                {
                    while (!done[index] && failure is null)
                        Monitor.Wait(gate);
                    if (failure is not null)
                        break;
                    result = results[index];
                    results[index] = default!;
                    handedBack = index + 1;
                    Monitor.PulseAll(gate);
                }
                yield return result;
            }
        }
        finally
        {
            lock (gate)
            {
                // A reader that stops early (or fails) lets the workers go.
                failure ??= new OperationCanceledException();
                Monitor.PulseAll(gate);
            }
            Task.WaitAll(workers);
        }
        if (failure is not OperationCanceledException and not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }
}
