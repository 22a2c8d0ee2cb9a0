# A private instance of Debian's Postfix on a free loopback port, for the benchmarks that deliver
# to a real mail server: its configuration, queue and log in a folder of its own; mail for the
# domains given is accepted, queued as Postfix always does (with its fsync), then discarded.
# Sourced, not run. As root (Postfix's master starts as root):
#
#   source src/test/scripts/lib/private-postfix.sh
#   private_postfix_start FOLDER example.org [college-test.fr …]   # sets PRIVATE_POSTFIX_PORT
#   private_postfix_stop FOLDER                                     # in the caller's EXIT trap
#
# The same set-up as the bounce tests' PostfixInstance.

private_postfix_bin() {
    command -v postfix || echo /usr/sbin/postfix
}

private_postfix_start() {
    local pf=$1
    shift
    local postfix
    postfix=$(private_postfix_bin)
    if [[ $(id -u) != 0 ]]; then
        echo "run as root: Postfix's master process starts as root" >&2
        return 2
    fi
    [[ -x $postfix ]] || { echo "Postfix is not installed (apt-get install postfix)" >&2; return 2; }
    PRIVATE_POSTFIX_PORT=$(python3 -c \
        'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$pf/conf" "$pf/queue" "$pf/data"
    chmod 755 "$pf" "$pf/queue"
    chown postfix "$pf/data"
    local domain
    for domain in "$@"; do
        echo "$domain discard:"
    done >"$pf/conf/transport"
    cat >"$pf/conf/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $pf/queue
data_directory = $pf/data
maillog_file_prefixes = $pf
maillog_file = $pf/maillog
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mta.missive.test
mydomain = missive.test
myorigin = missive.test
mydestination =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
smtputf8_enable = no
smtpd_relay_restrictions = permit_mynetworks, reject
transport_maps = texthash:$pf/conf/transport
EOF
    {
        echo "127.0.0.1:$PRIVATE_POSTFIX_PORT inet n - n - - smtpd"
        printf '%s\n' "pickup unix n - n 60 1 pickup" "cleanup unix n - n - 0 cleanup" \
            "qmgr unix n - n 300 1 qmgr" "rewrite unix - - n - - trivial-rewrite" \
            "bounce unix - - n - 0 bounce" "defer unix - - n - 0 bounce" "trace unix - - n - 0 bounce" \
            "verify unix - - n - 1 verify" "flush unix n - n 1000? 0 flush" \
            "proxymap unix - - n - - proxymap" "smtp unix - - n - - smtp" "relay unix - - n - - smtp" \
            "showq unix n - n - - showq" "error unix - - n - - error" "retry unix - - n - - error" \
            "discard unix - - n - - discard" "anvil unix - - n - 1 anvil" "scache unix - - n - 1 scache" \
            "postlog unix-dgram n - n - 1 postlogd"
    } >"$pf/conf/master.cf"
    "$postfix" -c "$pf/conf" start >/dev/null 2>&1 || { cat "$pf/maillog" 2>/dev/null; return 1; }
    for _ in $(seq 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $PRIVATE_POSTFIX_PORT), 1).close()" \
            2>/dev/null && return 0
        sleep 0.1
    done
    echo "Postfix did not open 127.0.0.1:$PRIVATE_POSTFIX_PORT" >&2
    return 1
}

private_postfix_stop() {
    local pf=$1
    if [[ -f $pf/queue/pid/master.pid ]]; then
        "$(private_postfix_bin)" -c "$pf/conf" stop >/dev/null 2>&1 || true
        for _ in $(seq 100); do [[ -f $pf/queue/pid/master.pid ]] || break; sleep 0.1; done
    fi
}
