// Generated from spec/mist-openapi/mist.openapi.json (component schemas, with $ref/allOf/oneOf resolved).
// Regenerate when the spec is updated; a test checks these lists against the spec.

namespace Mist.Cli.Output;

/// <summary>The fields each resource has in the Mist spec: what <c>--fields</c> may name.</summary>
internal static class SpecFields
{
    /// <summary>Schemas site.</summary>
    public static readonly IReadOnlySet<string> Site = new HashSet<string>(StringComparer.Ordinal)
    {
        "address", "alarmtemplate_id", "aptemplate_id", "country_code", "created_time", "gatewaytemplate_id", "id",
        "latlng", "modified_time", "name", "networktemplate_id", "notes", "org_id", "rftemplate_id", "secpolicy_id",
        "sitegroup_ids", "sitetemplate_id", "timezone", "tzoffset",
    };

    /// <summary>Schemas stats_org, org.</summary>
    public static readonly IReadOnlySet<string> Org = new HashSet<string>(StringComparer.Ordinal)
    {
        "alarmtemplate_id", "allow_mist", "created_time", "id", "modified_time", "msp_id", "msp_logo_url", "msp_name",
        "name", "num_devices", "num_devices_connected", "num_devices_disconnected", "num_inventory", "num_sites",
        "orggroup_ids", "session_expiry", "sle",
    };

    /// <summary>Schemas inventory.</summary>
    public static readonly IReadOnlySet<string> Inventory = new HashSet<string>(StringComparer.Ordinal)
    {
        "adopted", "chassis_mac", "chassis_serial", "connected", "created_time", "deviceprofile_id", "hostname",
        "hw_rev", "id", "jsi", "mac", "magic", "model", "modified_time", "name", "org_id", "serial", "site_id", "sku",
        "type", "vc_mac",
    };

    /// <summary>Schemas device_ap, device_switch, device_gateway.</summary>
    public static readonly IReadOnlySet<string> Device = new HashSet<string>(StringComparer.Ordinal)
    {
        "acl_policies", "acl_tags", "additional_config_cmds", "aeroscout", "aggregate_routes", "aggregate_routes6",
        "airista", "bgp_config", "ble_config", "centrak", "client_bridge", "created_time", "deviceprofile_id",
        "dhcp_snooping", "dhcpd_config", "disable_auto_config", "disable_eth1", "disable_eth2", "disable_eth3",
        "disable_module", "dns_servers", "dns_suffix", "esl_config", "evpn_config", "extra_routes", "extra_routes6",
        "flow_control", "for_site", "height", "id", "idp_profiles", "image1_url", "image2_url", "image3_url",
        "iot_config", "ip_config", "ip_configs", "lacp_config", "led", "local_port_config", "locked", "mac",
        "managed", "map_id", "mesh", "mist_nac", "model", "modified_time", "msp_id", "name", "networks", "notes",
        "ntp_servers", "oob_ip_config", "org_id", "orientation", "ospf_areas", "ospf_config", "other_ip_configs",
        "path_preferences", "poe_passthrough", "port_config", "port_config_overwrite", "port_mirroring",
        "port_usages", "pwr_config", "radio_config", "radius_config", "remote_syslog", "role", "router_id",
        "routing_policies", "serial", "service_policies", "site_id", "snmp_config", "stp_config", "switch_mgmt",
        "tunnel_configs", "tunnel_provider_options", "type", "uplink_port_config", "url_filtering_deny_msg",
        "usb_config", "use_router_id_as_source_ip", "vars", "virtual_chassis", "vrf_config", "vrf_instances",
        "vrrp_config", "x", "y",
    };

    /// <summary>Schemas ap_search, switch_search, gateway_search.</summary>
    public static readonly IReadOnlySet<string> DeviceSearch = new HashSet<string>(StringComparer.Ordinal)
    {
        "band_24_bandwidth", "band_24_channel", "band_24_power", "band_5_bandwidth", "band_5_channel", "band_5_power",
        "band_6_bandwidth", "band_6_channel", "band_6_power", "clustered", "eth0_port_speed", "evpn_missing_links",
        "evpntopo_id", "ext_ip", "hostname", "inactive_wired_vlans", "ip", "last_config_status", "last_hostname",
        "last_trouble_code", "last_trouble_timestamp", "lldp_mgmt_addr", "lldp_port_desc", "lldp_port_id",
        "lldp_power_allocated", "lldp_power_draw", "lldp_system_desc", "lldp_system_name", "mac", "managed", "model",
        "mxedge_id", "mxedge_ids", "mxtunnel_status", "node", "node0_mac", "node1_mac", "num_members", "org_id",
        "power_constrained", "power_opmode", "radius_stats", "role", "site_id", "sku", "t128agent_version",
        "time_drifted", "timestamp", "type", "uptime", "version", "wlans",
    };

    /// <summary>Schemas wlan.</summary>
    public static readonly IReadOnlySet<string> Wlan = new HashSet<string>(StringComparer.Ordinal)
    {
        "acct_immediate_update", "acct_interim_interval", "acct_servers", "airwatch", "allow_ipv6_ndp", "allow_mdns",
        "allow_ssdp", "ap_ids", "app_limit", "app_qos", "apply_to", "arp_filter", "auth", "auth_server_selection",
        "auth_servers", "auth_servers_nas_id", "auth_servers_nas_ip", "auth_servers_retries", "auth_servers_timeout",
        "band", "band_steer", "band_steer_force_band5", "bands", "block_blacklist_clients", "bonjour", "cisco_cwa",
        "client_limit_down", "client_limit_down_enabled", "client_limit_up", "client_limit_up_enabled", "coa_servers",
        "created_time", "disable_11ax", "disable_11be", "disable_ht_vht_rates", "disable_uapsd",
        "disable_v1_roam_notify", "disable_v2_roam_notify", "disable_when_gateway_unreachable",
        "disable_when_mxtunnel_down", "disable_wmm", "dns_server_rewrite", "dtim", "dynamic_psk", "dynamic_vlan",
        "enable_local_keycaching", "enable_wireless_bridging", "enable_wireless_bridging_dhcp_tracking", "enabled",
        "fast_dot1x_timers", "for_site", "hide_ssid", "hostname_ie", "hotspot20", "id", "inject_dhcp_option_82",
        "interface", "isolation", "l2_isolation", "legacy_overds", "limit_bcast", "limit_probe_response",
        "max_idletime", "max_num_clients", "mist_nac", "modified_time", "msp_id", "mxtunnel_id", "mxtunnel_ids",
        "mxtunnel_name", "no_static_dns", "no_static_ip", "org_id", "portal", "portal_allowed_hostnames",
        "portal_allowed_subnets", "portal_api_secret", "portal_denied_hostnames", "portal_image", "portal_sso_url",
        "portal_template_url", "qos", "radsec", "rateset", "reconnect_clients_when_roaming_mxcluster", "roam_mode",
        "schedule", "site_id", "sle_excluded", "ssid", "template_id", "thumbnail", "use_eapol_v1", "vlan_enabled",
        "vlan_id", "vlan_ids", "vlan_pooling", "wlan_limit_down", "wlan_limit_down_enabled", "wlan_limit_up",
        "wlan_limit_up_enabled", "wxtag_ids", "wxtunnel_id", "wxtunnel_remote_id",
    };

    /// <summary>Schemas stats_client, stats_wireless_client.</summary>
    public static readonly IReadOnlySet<string> StatsClient = new HashSet<string>(StringComparer.Ordinal)
    {
        "accuracy", "airespace_ifname", "airwatch", "ap_id", "ap_mac", "auth_state", "band", "channel", "device_id",
        "dual_band", "eth_port", "family", "guest", "hostname", "idle_time", "ip", "is_guest", "key_mgmt", "last_seen",
        "mac", "manufacture", "map_id", "model", "num_locating_aps", "os", "power_saving", "proto", "psk_id", "rssi",
        "rssizones", "rx_bps", "rx_bytes", "rx_packets", "rx_pkts", "rx_rate", "rx_retries", "site_id", "snr", "ssid",
        "tx_bps", "tx_bytes", "tx_packets", "tx_pkts", "tx_rate", "tx_retries", "type", "uptime", "username",
        "vbeacons", "vlan_id", "wlan_id", "wxrule_id", "wxrule_usage", "x", "x_m", "y", "y_m", "zones",
    };

    /// <summary>Schemas client_wireless.</summary>
    public static readonly IReadOnlySet<string> ClientSearch = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap", "app_version", "band", "device", "ftc", "hardware", "hostname", "ip", "last_ap", "last_device",
        "last_firmware", "last_hostname", "last_ip", "last_model", "last_os", "last_os_version", "last_psk_id",
        "last_psk_name", "last_ssid", "last_vlan", "last_wlan_id", "mac", "mfg", "model", "org_id", "os", "os_version",
        "protocol", "psk_id", "psk_name", "random_mac", "sdk_version", "site_id", "site_ids", "ssid", "timestamp",
        "username", "vlan", "wlan_id",
    };

    /// <summary>Schemas events_device_ap.</summary>
    public static readonly IReadOnlySet<string> DeviceEvent = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap", "apfw", "count", "device_type", "mac", "org_id", "port_id", "site_id", "text", "timestamp", "type",
    };

    /// <summary>Schemas events_client.</summary>
    public static readonly IReadOnlySet<string> ClientEvent = new HashSet<string>(StringComparer.Ordinal)
    {
        "ap", "band", "bssid", "channel", "key_mgmt", "proto", "ssid", "text", "timestamp", "type", "type_code",
        "wlan_id",
    };

    /// <summary>Schemas alarm.</summary>
    public static readonly IReadOnlySet<string> Alarm = new HashSet<string>(StringComparer.Ordinal)
    {
        "ack_admin_id", "ack_admin_name", "acked", "acked_time", "aps", "bssids", "count", "gateways", "group",
        "hostnames", "id", "last_seen", "note", "org_id", "resolved_time", "severity", "site_id", "ssids", "status",
        "switches", "timestamp", "type",
    };

    /// <summary>Schemas response_log_search_item.</summary>
    public static readonly IReadOnlySet<string> AuditLog = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin_id", "admin_name", "after", "before", "for_site", "id", "message", "org_id", "site_id", "src_ip",
        "timestamp",
    };
}
