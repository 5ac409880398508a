def test_v4_and_v6(found):
    text = "Upstream 192.168.8.244 ok, clients from fe80::b79:4408:c6e:8fdd reset"
    assert ("IP_ADDRESS", "192.168.8.244") in found(text, "en")
    assert ("IP_ADDRESS", "fe80::b79:4408:c6e:8fdd") in found(text, "en")


def test_versions_and_times_are_not_addresses(found):
    assert found("Build 4.3.4.49 worked, release 6.0.5.5859 at 10:29:00", "en") == []
    assert found("ip 300.1.2.3", "en") == []
