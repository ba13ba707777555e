#!/usr/bin/env bash
# Writes an FMCS work-stoppage file (the public file's columns) in which one
# employer, Acme Postal Service, has 300 stoppages from 1984 to 2013 with 20
# union locals in 25 cities: a 300-neighbour hub for the browser tests.
#   hub_fixture.sh OUT.csv
set -euo pipefail
{
  echo 'Employer,Union,Union Local,Case Number,BU,NAICS,Industry,"City, State",# Idled,Start Date,End Date,Duration'
  cities=(Boston,MA Chicago,IL Denver,CO Austin,TX Tulsa,OK Omaha,NE Miami,FL Reno,NV Boise,ID Akron,OH
          Dayton,OH Fresno,CA Salem,OR Macon,GA Flint,MI Erie,PA Provo,UT Tampa,FL Butte,MT Selma,AL
          Utica,NY Camden,NJ Dover,DE Ogden,UT Yuma,AZ)
  for i in $(seq 0 299); do
    year=$((1984 + i % 30)) month=$(printf %02d $((1 + i % 12))) city=${cities[$((i % 25))]}
    printf 'Acme Postal Service,APWU,%d,%dAA00X%03d,,,Postal Service,"%s, %s",%d,%d-%s-03,%d-%s-09,7\n' \
      $((100 + i % 20)) "$year" "$i" "${city%,*}" "${city#*,}" $((20 + i)) "$year" "$month" "$year" "$month"
  done
} >"$1"
