#!/usr/bin/env bash
# Adds the documented demo users to the server's ApplicationRealm (application-users/-roles.properties).
# One role each: zonewatch nests them (an admin may do all an editor may, an editor all a viewer may).
# add-user.sh updates a user that exists, so running this again changes nothing.
set -euo pipefail
server="${1:?usage: add-demo-users.sh JBOSS_HOME}"
add() { bash "$server/bin/add-user.sh" -a -s -u "$1" -p "$2" -g "$3"; }
add admin admin admin
add editor editor editor
add viewer viewer viewer
