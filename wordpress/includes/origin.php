<?php
/**
 * Where an element may read its feed when the one who wrote it may not publish arbitrary HTML (no
 * `unfiltered_html`: authors, contributors, a multisite's administrators, every role with
 * DISALLOW_UNFILTERED_HTML): only on this site. Otherwise a post reviewed once could show, later,
 * whatever another site serves (a premium-rate phone number in a France Services entry), and make
 * every visitor's browser call that site; WordPress keeps iframes from these users for the same
 * reason. `commune` and `departement` need no such care: they choose among the plugin's own feeds.
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The attributes that hold an address an element fetches. */
const ANCT_WIDGETS_ADRESSES = array( 'src', 'feeds-base' );

/**
 * The hosts (with their port) of this site: its home, its WordPress, its content and its plugins
 * (a CDN may serve these).
 *
 * @return array<int, array{0: string, 1: int}>
 */
function anct_widgets_hotes_du_site() {
	$hotes = array();
	foreach ( array( home_url( '/' ), site_url( '/' ), content_url( '/' ), plugins_url( '/' ) ) as $url ) {
		$parts = wp_parse_url( $url );
		if ( ! empty( $parts['host'] ) ) {
			$schema  = strtolower( $parts['scheme'] ?? 'https' );
			$hotes[] = array( strtolower( $parts['host'] ), (int) ( $parts['port'] ?? ( 'http' === $schema ? 80 : 443 ) ) );
		}
	}
	return $hotes;
}

/**
 * Whether an attribute's value leads to this site, read as a browser reads it: entities decoded,
 * spaces and controls at its ends and tabs or newlines inside dropped, a backslash taken for a
 * slash, and `http:host` or `///host` for `//host`. A path without scheme nor host is this site's;
 * any other scheme than http(s), or anything not plainly one of this site's hosts, is not.
 *
 * @param string $value The attribute's value, as written.
 * @return bool
 */
function anct_widgets_meme_site( $value ) {
	$url = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$url = str_replace( array( "\t", "\n", "\r", '\\' ), array( '', '', '', '/' ), $url );
	$url = trim( $url, "\x00..\x20" );
	if ( preg_match( '#^([a-z][a-z0-9+.\-]*):/*([^/?\#]*)#i', $url, $m ) ) {
		$schema = strtolower( $m[1] );
		if ( 'http' !== $schema && 'https' !== $schema ) {
			return false;
		}
		$autorite = $m[2];
	} elseif ( preg_match( '#^//+([^/?\#]*)#', $url, $m ) ) {
		$schema   = '';
		$autorite = $m[1];
	} else {
		return true;
	}
	$autorite = substr( $autorite, (int) strrpos( '@' . $autorite, '@' ) );
	if ( ! preg_match( '#^([a-z0-9.\-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$#i', $autorite, $h ) ) {
		return false;
	}
	$hote = strtolower( $h[1] );
	foreach ( anct_widgets_hotes_du_site() as list( $site, $port ) ) {
		if ( $site !== $hote ) {
			continue;
		}
		if ( isset( $h[2] ) && '' !== $h[2] ? (int) $h[2] === $port : in_array( $port, 'http' === $schema ? array( 80 ) : ( 'https' === $schema ? array( 443 ) : array( 80, 443 ) ), true ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The attributes of an element written by `$auteur` (a user ID): an address to another site is
 * dropped unless the author may publish arbitrary HTML.
 *
 * @param array<string, mixed> $attributes Attribute name => value.
 * @param int                  $auteur     The post author's ID (0: unknown, judged as without the right).
 * @return array<string, mixed>
 */
function anct_widgets_adresses_permises( $attributes, $auteur ) {
	if ( $auteur && user_can( $auteur, 'unfiltered_html' ) ) {
		return $attributes;
	}
	foreach ( ANCT_WIDGETS_ADRESSES as $nom ) {
		if ( isset( $attributes[ $nom ] ) && ! anct_widgets_meme_site( (string) $attributes[ $nom ] ) ) {
			unset( $attributes[ $nom ] );
		}
	}
	return $attributes;
}
