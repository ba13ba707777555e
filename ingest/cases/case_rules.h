// Contextual case rules about laws and the bargaining table, kept apart from
// the trigger table in case_triggers.cc: laws that strip labour rights, let
// employers fire at will or cut pay and pensions (legislation); back-to-work
// laws; job action ruled illegal (strike_ban); terms imposed on a union or a
// union not consulted (refusal_to_bargain); announced firings (dismissal).
// Each predicate looks at one sentence's tokens only; the caller decides
// whether the sentence is about labour and who took part.
#pragma once

#include <vector>

#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// "a new youth job law" (with a labour word in the sentence), "the
// legislation infringes on workers' rights",
// "a back-to-work law", "the law would give employers the freedom to fire".
bool LawHarmsWorkers(const std::vector<Token>& t);

// "a law/reform that gives employers the right to fire/dismiss" (such a
// sentence names no dismissal of its own).
bool LawLetsEmployersFire(const std::vector<Token>& t);

// "the government's decision to reduce their retirement benefits",
// "reforms by the President which would reduce early retirement pensions".
bool StateCutsPay(const std::vector<Token>& t);

// "the labour board ruled that the action is illegal", "the sickout was
// declared unlawful": job action other than a named strike ruled illegal.
bool ActionRuledIllegal(const std::vector<Token>& t);

// "imposed a contract", "imposing the pay freeze", "imposes new terms" by an
// employer (not by a bill or law, which is legislation).
bool ImposesTerms(const std::vector<Token>& t);

// "the union was not consulted", "without consulting the union",
// "bypassing the union": the employer acted around the union.
bool UnionBypassed(const std::vector<Token>& t);

// "the refusal by the management, these last four months, to negotiate":
// a refusal whose verb comes a few words after the noun.
bool DelayedRefusal(const std::vector<Token>& t);

// "plans to fire union members", "will sack the strikers": announced firings
// of union people ("fire" as a verb). Economic lay-offs of "3,000 employees"
// and "easier to dismiss employees" are not counted.
bool FiresWorkers(const std::vector<Token>& t);

// "workers were forced to leave the union", "pressured members to resign
// from the union": the employer breaking the union from inside.
bool PressuredToLeaveUnion(const std::vector<Token>& t);

// "police sealed the union's offices", "froze the federation's bank
// accounts", "suspended the activities of the union": the state or employer
// shutting a union down.
bool UnionSuppressed(const std::vector<Token>& t);

// "the law making education an essential service": designating work as an
// essential service (which bans its strikes). Legislation when a law does it.
bool EssentialServiceDesignation(const std::vector<Token>& t);

// "unilaterally cut wages", "refused to sign the collective agreement",
// "does not recognise the union": an employer dealing around the union.
bool ActsAroundUnion(const std::vector<Token>& t);

}  // namespace lkg::ingest
