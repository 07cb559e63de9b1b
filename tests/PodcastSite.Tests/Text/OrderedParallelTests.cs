using PodcastSite.Text;
using Shouldly;

namespace PodcastSite.Tests.Text;

/// <summary>The feed's items are made on every core and written in order, with few finished items waiting.</summary>
public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_back_in_the_order_of_the_items_however_long_each_takes()
    {
        var items = Enumerable.Range(0, 500).ToList();

        var results = OrderedParallel.Select(items, i => Slow(i, i % 7)).ToList();

        results.ShouldBe(items.Select(i => i * 2).ToList());
    }

    [Fact]
    public void No_more_than_the_window_of_results_is_ever_finished_and_waiting()
    {
        var items = Enumerable.Range(0, 300).ToList();
        var started = 0;
        var furthestAhead = 0;
        var read = 0;

        foreach (var _ in OrderedParallel.Select(items, i => Interlocked.Increment(ref started), window: 8))
        {
            read++;
            furthestAhead = Math.Max(furthestAhead, Volatile.Read(ref started) - read);
            // A slow reader: the workers would run far ahead of it without the window.
            Thread.Sleep(1);
        }

        read.ShouldBe(items.Count);
        furthestAhead.ShouldBeLessThanOrEqualTo(8, "the workers ran further ahead of the reader than the window allows");
    }

    [Fact]
    public void A_failure_in_the_work_reaches_the_reader_as_itself()
    {
        var items = Enumerable.Range(0, 100).ToList();

        var failure = Should.Throw<InvalidDataException>(() =>
            OrderedParallel.Select(items, i => i == 37 ? throw new InvalidDataException("item 37") : i).ToList()
        );

        failure.Message.ShouldBe("item 37");
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_work()
    {
        var items = Enumerable.Range(0, 10_000).ToList();
        var done = 0;

        OrderedParallel.Select(items, i => Interlocked.Increment(ref done), window: 16).Take(5).ToList();

        done.ShouldBeLessThan(100, "work went on after the reader stopped");
    }

    private static int Slow(int item, int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return item * 2;
    }
}
