using System.Net;
using PodcastSite.Preview.Hosting;
using Shouldly;

namespace PodcastSite.Tests.Preview;

public sealed class AllowedHostsTests
{
    [Theory]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("localhost.:5080", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("127.0.0.1:2222", true)] // through an SSH tunnel
    [InlineData("192.168.1.20:5080", false)]
    [InlineData("evil.example:5080", false)]
    [InlineData("[::1", false)]
    public void On_the_loopback_address_only_loopback_names_are_allowed(string host, bool allowed)
    {
        new AllowedHosts("127.0.0.1").Allow(host).ShouldBe(allowed);
    }

    [Theory]
    [InlineData("192.168.1.20:5080", true)]
    [InlineData("10.0.0.7", true)]
    [InlineData("[fe80::1]:5080", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("evil.example:5080", false)]
    [InlineData("2130706433:5080", false)] // 127.0.0.1 written as a number, which a browser would not send
    [InlineData("0x7f.1:5080", false)]
    public void Shared_with_the_network_any_address_and_the_machines_name_are_allowed(string host, bool allowed)
    {
        new AllowedHosts("0.0.0.0").Allow(host).ShouldBe(allowed);
    }

    [Fact]
    public void Shared_with_the_network_the_machine_is_reached_by_its_own_name()
    {
        var hosts = new AllowedHosts("0.0.0.0");

        hosts.Allow(Dns.GetHostName() + ":5080").ShouldBeTrue();
        hosts.Allow(Dns.GetHostName() + ".local:5080").ShouldBeTrue();
    }

    [Fact]
    public void On_another_loopback_address_that_address_is_allowed()
    {
        new AllowedHosts("127.0.0.2").Allow("127.0.0.2:5080").ShouldBeTrue();
    }

    [Fact]
    public void On_one_address_of_the_network_that_address_is_allowed_and_no_other()
    {
        var hosts = new AllowedHosts("192.168.1.20");

        hosts.Allow("192.168.1.20:5080").ShouldBeTrue();
        hosts.Allow("192.168.1.21:5080").ShouldBeFalse();
        hosts.Allow("evil.example:5080").ShouldBeFalse();
    }
}
